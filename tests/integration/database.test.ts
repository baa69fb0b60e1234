// The embedded database: migrations match the schema, and every connection is configured.
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../app/lib/db/adapter";
import { db } from "../../app/lib/db/client";
import { isDatabaseReachable } from "../../app/lib/db/check-database";

afterAll(() => db.$disconnect());

describe("database", () => {
  it("schema.prisma and the migrations agree (no drift)", () => {
    // --exit-code: 0 when empty, 2 when there is a difference; execFileSync throws on non-zero.
    const output = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { encoding: "utf8", stdio: "pipe" },
    );
    expect(output).toContain("No difference detected");
  });

  it("every migration is applied to the test database", () => {
    const output = execFileSync("npx", ["prisma", "migrate", "status"], { encoding: "utf8", stdio: "pipe" });
    expect(output).toContain("Database schema is up to date");
  });

  it.each([
    ["journal_mode", "wal"],
    ["busy_timeout", String(SQLITE_BUSY_TIMEOUT_MS)],
    ["foreign_keys", "1"],
    ["synchronous", "1"],
  ])("PRAGMA %s is %s on the app's connection", async (pragma, expected) => {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`);
    expect(String(Object.values(rows[0]!)[0])).toBe(expected);
  });

  it("reports the database reachable", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });
});
