// The database behind the tests (SQLite, or PostgreSQL in the second leg of `npm test`):
// migrations match the models, and every connection is configured.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAdapterFactory } from "../../app/lib/db/adapter";
import { PrismaClient } from "../../app/lib/db/generated/client";
import { createMigrateAdapterFactory } from "../../app/lib/db/migrate-adapter";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../app/lib/db/sqlite-runtime";
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
      [
        "prisma",
        "migrate",
        "diff",
        "--from-migrations",
        `${folder}/migrations`,
        "--to-schema-datamodel",
        `${folder}/schema.prisma`,
        "--exit-code",
      ],
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

  it.runIf(provider === "postgresql")(
    "Migrate's connection reads PostgreSQL's catalog types (name, \"char\") that adapter-pg 6.19 cannot map",
    async () => {
      const connection = await createMigrateAdapterFactory().connect();
      try {
        const result = await connection.queryRaw({
          sql: `SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = 'Request'`,
          args: [],
          argTypes: [],
        });
        expect(result.rows).toEqual([["Request", "r"]]);
      } finally {
        await connection.dispose();
      }
    },
  );

  it.runIf(provider === "sqlite")(
    "two processes' read-then-write transactions on one SQLite file wait for each other and never fail busy",
    async () => {
      // Two writer processes on one file stand for two instances (or the CLI beside the server).
      const url = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "consular-helper-writers-")), "two.db")}`;
      const setup = new PrismaClient({ adapter: createAdapterFactory(url) });
      await setup.$executeRawUnsafe("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
      await setup.$executeRawUnsafe("INSERT INTO counter (id, n) VALUES (1, 0)");
      /* eslint-disable @typescript-eslint/prefer-promise-reject-errors -- an Error: @types/node types ExecFileException as Omit<…> intersections */
      const writer = () =>
        new Promise<{ failed: number; errors: string[] }>((resolve, reject) =>
          execFile(
            "npx",
            ["tsx", "--conditions=react-server", "tests/support/sqlite-writer.ts", url, "25"],
            { encoding: "utf8" },
            (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!))),
          ),
        );
      /* eslint-enable @typescript-eslint/prefer-promise-reject-errors */
      const results = await Promise.all([writer(), writer()]);
      expect(results).toEqual([
        { failed: 0, errors: [] },
        { failed: 0, errors: [] },
      ]);
      const [row] = await setup.$queryRawUnsafe<{ n: number | bigint }[]>("SELECT n FROM counter WHERE id = 1");
      expect(Number(row!.n)).toBe(50); // no lost update either
      await setup.$disconnect();
    },
  );
});
