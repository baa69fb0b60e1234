/**
 * Backups you can restore. SQLite: VACUUM INTO writes a consistent snapshot of the live
 * database in one read transaction (the app keeps running and writing; the online backup
 * API would instead start over at every write and never finish under load), then the copy
 * is checked with PRAGMA integrity_check; attachments are inside the database.
 * PostgreSQL: pg_dump in its custom format (a consistent snapshot too), restored with
 * pg_restore.
 *
 * The keys are never put in a backup silently: whoever holds a backup and its keys can read
 * every passport number in it, so the two belong in different places. The manifest (and
 * `npm run db:backup`) says where the keys are; the embedded setup's generated keys.json
 * goes into the backup only when asked for (`--with-keys`), and the manifest then says so.
 * Every file of a backup is readable by its owner alone.
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

/** `keys.where` is where the keys that open this backup are: the environment, or a keys.json (in the backup or not). */
export type BackupManifest = {
  createdAt: string;
  provider: "sqlite" | "postgresql";
  files: string[];
  keys: { included: boolean; where: string };
};

const FROM_ENVIRONMENT =
  "the environment (DATA_ENCRYPTION_KEY and DATA_INDEX_KEY): keep them in the secret store, apart from the backups";

/** Writes a backup into a new folder `dir` and returns what it holds; `withKeys` copies the embedded setup's keys.json too. */
export async function backupDatabase(
  dir: string,
  url: string = databaseUrl(),
  { withKeys = false } = {},
): Promise<BackupManifest> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  if (fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: back up into a new folder`);
  const provider = databaseProvider(url);
  const createdAt = new Date().toISOString();
  const files: string[] = [];
  let keys: BackupManifest["keys"] = { included: false, where: FROM_ENVIRONMENT };
  if (provider === "sqlite") {
    const source = new Database(sqliteFilePath(url), { fileMustExist: true });
    try {
      source.pragma("busy_timeout = 5000");
      source.prepare("VACUUM INTO ?").run(path.join(dir, SQLITE_FILE));
    } finally {
      source.close();
    }
    fs.chmodSync(path.join(dir, SQLITE_FILE), 0o600);
    checkSqliteIntegrity(path.join(dir, SQLITE_FILE));
    files.push(SQLITE_FILE);
    const keyFile = path.join(path.dirname(sqliteFilePath(url)), KEYS);
    if (!config().keys && fs.existsSync(keyFile)) {
      keys = {
        included: withKeys,
        where: withKeys
          ? `${KEYS} in this backup (keep the backup as safe as the keys themselves)`
          : `${keyFile} (not in this backup: copy it to a different place than the backups)`,
      };
      if (withKeys) {
        fs.copyFileSync(keyFile, path.join(dir, KEYS));
        fs.chmodSync(path.join(dir, KEYS), 0o600);
        files.push(KEYS);
      }
    }
  } else {
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${path.join(dir, PG_DUMP)}`, `--dbname=${url}`]);
    fs.chmodSync(path.join(dir, PG_DUMP), 0o600);
    files.push(PG_DUMP);
  }
  const manifest: BackupManifest = { createdAt, provider, files, keys };
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}

/**
 * Restores a backup into the database at `url`: for SQLite, with the server stopped, the
 * file is replaced (after checking the copy); for PostgreSQL, into an empty database.
 */
export async function restoreDatabase(dir: string, url: string = databaseUrl()): Promise<BackupManifest> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  if (manifest.provider !== databaseProvider(url))
    throw new Error(`This is a ${manifest.provider} backup; DATABASE_URL is ${databaseProvider(url)}`);
  if (manifest.provider === "sqlite") {
    const source = path.join(dir, SQLITE_FILE);
    checkSqliteIntegrity(source);
    const target = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy beside the target, then rename over it: a crash midway leaves the old file whole.
    fs.copyFileSync(source, `${target}.restoring`);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(`${target}.restoring`, target);
    if (manifest.files.includes(KEYS)) {
      fs.copyFileSync(path.join(dir, KEYS), path.join(path.dirname(target), KEYS));
      fs.chmodSync(path.join(path.dirname(target), KEYS), 0o600);
    }
    fs.chmodSync(target, 0o600);
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
