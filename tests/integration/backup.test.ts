// Backups under write load: every request acknowledged before the backup began is in the
// restored copy, complete (no half-written request), and the copy passes its integrity check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { backupDatabase, restoreDatabase, type BackupManifest } from "../../app/lib/db/backup";
import { db } from "../../app/lib/db/client";
import { databaseProvider, sqliteFilePath } from "../../app/lib/db/database-url";
import { submitRequest } from "../../app/lib/requests/submit-request";
import { createTestDatabase, dropTestDatabase } from "../support/postgres-database";

afterAll(() => db.$disconnect());

const run = promisify(execFile);

const provider = databaseProvider();

/** Writes requests until stopped; returns each reference with the time it was acknowledged. */
function writeUnderLoad() {
  const acknowledged: { reference: string; at: number }[] = [];
  let stop = false;
  const writers = Array.from({ length: 4 }, async () => {
    while (!stop) {
      const { reference } = await submitRequest({
        type: "consular_registration",
        locale: "en",
        origin: "https://consular.example",
        answers: {
          registrationKind: "temporary",
          passportNumber: "MP7654321",
          dateOfBirth: "1991-01-01",
          cityInPakistan: "Karachi",
          fullName: "Maria Ali",
          phone: "+923001234567",
          email: "maria@example.com",
        },
      });
      acknowledged.push({ reference, at: Date.now() });
      // Let timers and the backup run between writes, as a server between requests does.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return { acknowledged, stop: async () => ((stop = true), await Promise.all(writers)) };
}

/** `npm run db:backup` in its own process, as an operator runs it beside the live server. */
async function backupWhileWriting(dir: string, ...options: string[]) {
  const load = writeUnderLoad();
  while (load.acknowledged.length < 10) await new Promise((r) => setTimeout(r, 50));
  const startedAt = Date.now();
  await run("npx", ["tsx", "--conditions=react-server", "app/cli/db-backup.ts", "--out", dir, ...options], {
    env: process.env,
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  await load.stop();
  const expected = load.acknowledged.filter((a) => a.at < startedAt).map((a) => a.reference);
  expect(expected.length).toBeGreaterThan(5);
  expect(load.acknowledged.length).toBeGreaterThan(expected.length); // writes went on during the backup
  return { manifest, expected };
}

describe.runIf(provider === "sqlite")("db:backup and db:restore (SQLite)", () => {
  it("copies a consistent snapshot of the live database, with its keys only when asked to, and restores it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ch-backup-"));
    const { manifest, expected } = await backupWhileWriting(path.join(dir, "backup"), "--with-keys");
    expect(manifest.files).toEqual(["consular-helper.db", "keys.json"]);
    expect(manifest.keys).toEqual({ included: true, where: expect.stringContaining("keys.json in this backup") });
    for (const file of ["consular-helper.db", "keys.json", "manifest.json"])
      expect(fs.statSync(path.join(dir, "backup", file)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, "backup")).mode & 0o777).toBe(0o700);

    const target = path.join(dir, "restored", "consular-helper.db");
    await restoreDatabase(path.join(dir, "backup"), `file:${target}`);
    const restored = new Database(target, { readonly: true });
    try {
      expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
      const references = new Set(
        (restored.prepare(`SELECT reference FROM "Request"`).all() as { reference: string }[]).map((r) => r.reference),
      );
      for (const reference of expected) expect(references).toContain(reference);
      const incomplete = restored
        .prepare(
          `SELECT COUNT(*) AS n FROM "Request" r WHERE NOT EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id)`,
        )
        .get() as { n: number };
      expect(incomplete.n).toBe(0);
    } finally {
      restored.close();
    }
    expect(fs.readFileSync(path.join(dir, "restored", "keys.json"), "utf8")).toBe(
      fs.readFileSync(path.join(dir, "backup", "keys.json"), "utf8"),
    );
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("never puts the keys in a backup silently: by default it says where they are instead", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ch-backup-"));
    const manifest = await backupDatabase(path.join(dir, "backup"));
    expect(manifest.files).toEqual(["consular-helper.db"]);
    expect(fs.existsSync(path.join(dir, "backup", "keys.json"))).toBe(false);
    const keyFile = path.join(path.dirname(sqliteFilePath()), "keys.json");
    expect(manifest.keys).toEqual({
      included: false,
      where: expect.stringContaining(`${keyFile} (not in this backup`),
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to write into a folder that holds something, and to restore a backup of the other database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ch-backup-"));
    fs.writeFileSync(path.join(dir, "x"), "");
    await expect(backupDatabase(dir)).rejects.toThrow(/not empty/);
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ provider: "postgresql", files: [] }));
    await expect(restoreDatabase(dir, "file:/tmp/never.db")).rejects.toThrow(/postgresql backup/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe.runIf(provider === "postgresql")("the pg_dump / pg_restore procedure (PostgreSQL)", () => {
  it("dumps the live database under write load and restores it into a fresh database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ch-backup-"));
    const { manifest, expected } = await backupWhileWriting(path.join(dir, "backup"));
    expect(manifest).toMatchObject({
      provider: "postgresql",
      files: ["consular-helper.dump"],
      keys: { included: false, where: expect.stringMatching(/^the environment/) },
    });
    const fresh = await createTestDatabase();
    try {
      await restoreDatabase(path.join(dir, "backup"), fresh);
      const client = new pg.Client({ connectionString: fresh });
      await client.connect();
      try {
        const references = new Set(
          (await client.query<{ reference: string }>(`SELECT reference FROM "Request"`)).rows.map((r) => r.reference),
        );
        for (const reference of expected) expect(references).toContain(reference);
        const incomplete = await client.query(
          `SELECT COUNT(*)::int AS n FROM "Request" r WHERE NOT EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id)`,
        );
        expect(incomplete.rows[0].n).toBe(0);
        // The append-only trigger came back with the data.
        await client.query(
          `INSERT INTO "AuditEvent" (id, actor, action) VALUES ('restored', 'system', 'test.restored')`,
        );
        await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      } finally {
        await client.end();
      }
    } finally {
      await dropTestDatabase(fresh);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
