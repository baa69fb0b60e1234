// The database behind the tests (SQLite, or PostgreSQL in the second leg of `npm test`):
// migrations match the models, and every connection is configured.
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../app/lib/db/adapter";
import { isDatabaseReachable } from "../../app/lib/db/check-database";
import { db } from "../../app/lib/db/client";
import { databaseProvider } from "../../app/lib/db/database-url";

afterAll(() => db.$disconnect());

const provider = databaseProvider();
const folder = provider === "postgresql" ? "prisma/postgresql" : "prisma";

describe(`database (${provider})`, () => {
  it(`${folder}/schema.prisma and its migrations agree (no drift)`, () => {
    // --exit-code: 0 when empty, 2 when there is a difference; execFileSync throws on non-zero.
    const output = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-migrations", `${folder}/migrations`, "--to-schema-datamodel", `${folder}/schema.prisma`, "--exit-code"],
      { encoding: "utf8", stdio: "pipe" },
    );
    expect(output).toContain("No difference detected");
  });

  it("every migration is applied to the test database", () => {
    const output = execFileSync("npx", ["prisma", "migrate", "status"], { encoding: "utf8", stdio: "pipe" });
    expect(output).toContain("Database schema is up to date");
  });

  it("reports the database reachable", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });

  it.runIf(provider === "sqlite").each([
    ["journal_mode", "wal"],
    ["busy_timeout", String(SQLITE_BUSY_TIMEOUT_MS)],
    ["foreign_keys", "1"],
    ["synchronous", "1"],
  ])("PRAGMA %s is %s on the app's connection", async (pragma, expected) => {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`);
    expect(String(Object.values(rows[0]!)[0])).toBe(expected);
  });

  it.runIf(provider === "postgresql")("reads PostgreSQL's catalog types (name, \"char\") that adapter-pg 6.19 cannot map", async () => {
    const rows = await db.$queryRawUnsafe<{ relname: string; relkind: string }[]>(
      `SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = 'Request'`,
    );
    expect(rows).toEqual([{ relname: "Request", relkind: "r" }]);
  });
});
