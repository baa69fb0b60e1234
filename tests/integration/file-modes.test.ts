// The embedded setup's files hold every request and the keys to them: owner only (0600).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keys, reloadKeys } from "../../app/lib/crypto/keys";
import { ownerOnly } from "../../app/lib/db/sqlite-runtime";
import { db } from "../../app/lib/db/client";
import { databaseProvider, sqliteFilePath } from "../../app/lib/db/database-url";

afterAll(() => db.$disconnect());
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe.runIf(databaseProvider() === "sqlite")("file permissions (SQLite)", () => {
  it("the database file and keys.json are readable by their owner alone", async () => {
    await db.$queryRaw`SELECT 1`;
    keys();
    expect(mode(sqliteFilePath())).toBe(0o600);
    const keyFile = path.join(path.dirname(sqliteFilePath()), "keys.json");
    expect(mode(keyFile)).toBe(0o600);
    // A keys.json copied in with a wider mode is narrowed when it is read.
    fs.chmodSync(keyFile, 0o644);
    reloadKeys();
    keys();
    expect(mode(keyFile)).toBe(0o600);
  });

  it("a new database file is created 0600 in a 0700 folder, whatever the umask", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ch-modes-"));
    const previous = process.umask(0);
    try {
      const file = path.join(dir, "data", "new.db");
      ownerOnly(file);
      expect(mode(file)).toBe(0o600);
      expect(mode(path.dirname(file))).toBe(0o700);
      // An existing file with a wider mode is narrowed too.
      fs.chmodSync(file, 0o666);
      ownerOnly(file);
      expect(mode(file)).toBe(0o600);
    } finally {
      process.umask(previous);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
