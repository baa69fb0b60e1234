/**
 * Backups you can restore. SQLite: VACUUM INTO writes a consistent snapshot of the live
 * database in one read transaction (the app keeps running and writing; the online backup
 * API would instead start over at every write and never finish under load), then the copy
 * is checked with PRAGMA integrity_check; attachments are inside the database, and the generated keys
 * (keys.json) are copied beside it, since without them the personal data cannot be read.
 * PostgreSQL: pg_dump in its custom format (a consistent snapshot too), restored with
 * pg_restore. Keys given in the environment are not copied: keep them in the secret store.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { config } from "../config";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./database-url";

const run = promisify(execFile);
const SQLITE_FILE = "consular-helper.db";
const PG_DUMP = "consular-helper.dump";
const KEYS = "keys.json";

export type BackupManifest = { createdAt: string; provider: "sqlite" | "postgresql"; files: string[]; keys: "included" | "from the environment" };

/** Writes a backup into a new folder `dir` and returns what it holds. */
export async function backupDatabase(dir: string, url: string = databaseUrl()): Promise<BackupManifest> {
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: back up into a new folder`);
  const provider = databaseProvider(url);
  const createdAt = new Date().toISOString();
  const files: string[] = [];
  let keys: BackupManifest["keys"] = "from the environment";
  if (provider === "sqlite") {
    const source = new Database(sqliteFilePath(url), { fileMustExist: true });
    try {
      source.pragma("busy_timeout = 5000");
      source.prepare("VACUUM INTO ?").run(path.join(dir, SQLITE_FILE));
    } finally {
      source.close();
    }
    checkSqliteIntegrity(path.join(dir, SQLITE_FILE));
    files.push(SQLITE_FILE);
    const keyFile = path.join(path.dirname(sqliteFilePath(url)), KEYS);
    if (!config().keys && fs.existsSync(keyFile)) {
      fs.copyFileSync(keyFile, path.join(dir, KEYS));
      fs.chmodSync(path.join(dir, KEYS), 0o600);
      files.push(KEYS);
      keys = "included";
    }
  } else {
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${path.join(dir, PG_DUMP)}`, `--dbname=${url}`]);
    files.push(PG_DUMP);
  }
  const manifest: BackupManifest = { createdAt, provider, files, keys };
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * Restores a backup into the database at `url`: for SQLite, with the server stopped, the
 * file is replaced (after checking the copy); for PostgreSQL, into an empty database.
 */
export async function restoreDatabase(dir: string, url: string = databaseUrl()): Promise<BackupManifest> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  if (manifest.provider !== databaseProvider(url)) throw new Error(`This is a ${manifest.provider} backup; DATABASE_URL is ${databaseProvider(url)}`);
  if (manifest.provider === "sqlite") {
    const source = path.join(dir, SQLITE_FILE);
    checkSqliteIntegrity(source);
    const target = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy beside the target, then rename over it: a crash midway leaves the old file whole.
    fs.copyFileSync(source, `${target}.restoring`);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(`${target}.restoring`, target);
    if (manifest.files.includes(KEYS)) fs.copyFileSync(path.join(dir, KEYS), path.join(path.dirname(target), KEYS));
  } else {
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${url}`, path.join(dir, PG_DUMP)]);
  }
  return manifest;
}

function checkSqliteIntegrity(file: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} failed PRAGMA integrity_check: ${String(result)}`);
  } finally {
    copy.close();
  }
}
