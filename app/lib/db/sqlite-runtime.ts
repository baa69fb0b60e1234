/**
 * What the running app needs from SQLite beyond the 6.19 adapter's defaults, on every
 * connection (the app's and Prisma Migrate's alike):
 * WAL (readers never block the writer), a busy timeout (a second writer waits instead of
 * failing), foreign keys (off by default in SQLite), and transactions that take the write
 * lock at BEGIN.
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { sqliteFilePath } from "./database-url";

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA foreign_keys = ON",
  // Durable across an application crash; WAL + NORMAL only risks the last commit on power loss.
  "PRAGMA synchronous = NORMAL",
].join(";\n");

export async function withPragmas(connection: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
  const adapter = await connection;
  await adapter.executeScript(SQLITE_PRAGMAS);
  return writeLockingTransactions(adapter);
}

/**
 * The adapter opens transactions with a plain (deferred) BEGIN: a transaction that reads and
 * then writes must upgrade its lock, and when another process wrote in between SQLite
 * refuses at once with SQLITE_BUSY, whatever the busy timeout, to avoid a deadlock. With
 * several processes on one file (two instances, the CLI beside the server) that fails
 * requests. BEGIN IMMEDIATE takes the write lock first, so a second writer waits its turn
 * (busy_timeout) instead. Nearly every transaction here writes.
 */
function writeLockingTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const database = (adapter as unknown as { client: { prepare(sql: string): unknown } }).client;
  const prepare = database.prepare.bind(database);
  database.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
  return adapter;
}

/**
 * The database file is readable by its owner alone (0600), whoever's umask created it: it
 * holds every request. Its folder is created 0700. SQLite gives the -wal and -shm files it
 * creates the database file's own permissions.
 */
export function ownerOnly(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  fs.chmodSync(file, 0o600);
}

/** The better-sqlite3 adapter for a `file:` URL (the file made owner-only), each connection configured before first use. */
export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  const file = sqliteFilePath(url);
  ownerOnly(file);
  return new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
}

export function sqliteRuntimeFactory(url: string): SqlDriverAdapterFactory {
  const inner = sqliteAdapter(url);
  return { provider: inner.provider, adapterName: inner.adapterName, connect: () => withPragmas(inner.connect()) };
}
