/**
 * The driver adapter behind Prisma, shared by the app (lib/db/client.ts) and the
 * Prisma CLI (prisma.config.ts), so migrations and queries open the database the same way.
 *
 * SQLite: every connection gets WAL (readers never block the writer), a busy timeout
 * (a second writer waits instead of failing) and foreign keys (off by default in SQLite).
 * PostgreSQL: a pg pool of DATABASE_POOL_SIZE connections per instance.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type { QueryResult } from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { databaseProvider, databaseUrl, poolSize, sqliteFilePath } from "./database-url";

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA foreign_keys = ON",
  // Durable across an application crash; WAL + NORMAL only risks the last commit on power loss.
  "PRAGMA synchronous = NORMAL",
].join(";\n");

async function withPragmas(connection: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
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
 * Prisma 6.19's JavaScript schema engine replays each migration on the shadow database
 * (used by `migrate diff --from-migrations`) as one executeRaw call, and both drivers run
 * one statement per such call (better-sqlite3 by design, pg as a prepared statement), so
 * any migration with several statements fails with P3006. The shadow connection therefore
 * runs parameterless multi-statement SQL as a script.
 */
function scriptAware(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0 || !query.sql.trim().replace(/;\s*$/, "").includes(";")) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
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

/** Wraps a factory so that each connection it opens is configured before first use. */
function configuredSqlite(url: string): SqlMigrationAwareDriverAdapterFactory {
  const file = sqliteFilePath(url);
  ownerOnly(file);
  const inner = new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => withPragmas(inner.connect()),
    connectToShadowDb: async () => scriptAware(await withPragmas(inner.connectToShadowDb())),
  };
}

/**
 * @prisma/adapter-pg 6.19 maps each result column by its type OID and has no case for
 * `name` (OID 19, PostgreSQL's type for identifiers in pg_catalog) nor `"char"` (OID 18,
 * the one-byte codes such as pg_constraint.contype), so Prisma Migrate's introspection of
 * the database fails with "Column type 'name' could not be deserialized" (prisma/prisma#27403).
 * Prisma 7's adapter reads them as text; this does the same by relabelling such columns as
 * `text` (OID 25) before the adapter maps them. The values are already strings: pg parses
 * neither type. Applied to every connection and transaction.
 */
const PG_CATALOG_TEXT_OIDS = new Set([18, 19]);
const PG_TEXT_OID = 25;

type PerformIO = { performIO(query: unknown): Promise<QueryResult> };

function readNameAsText<Q extends object>(queryable: Q): Q {
  const target = queryable as unknown as PerformIO;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (PG_CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return queryable;
}

/**
 * The adapter also splits a script on every ";" to run it statement by statement, which
 * breaks a migration that defines a function (its body has semicolons). PostgreSQL runs
 * a whole script in one simple-protocol query, so scripts go to the pool as they are.
 */
function postgresConnection(adapter: Awaited<ReturnType<PrismaPg["connect"]>>): SqlDriverAdapter {
  readNameAsText(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel): Promise<Transaction> => readNameAsText(await startTransaction(isolationLevel));
  adapter.executeScript = async (script) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}

function configuredPostgres(url: string): SqlMigrationAwareDriverAdapterFactory {
  // allowExitOnIdle: a CLI run (migrate, seed, staff:add) ends when its work is done, not 10 s later.
  const config = { ...parseIntoClientConfig(url), connectionTimeoutMillis: 5000, allowExitOnIdle: true };
  const inner = new PrismaPg({ ...config, max: poolSize() });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => postgresConnection(await inner.connect()),
    // A throwaway database for `migrate diff --from-migrations`. (The adapter's own version
    // reconnects to the main database, its connection string overriding the new name, and
    // drops the shadow database while still connected to it.)
    connectToShadowDb: async () => {
      const main = await inner.connect();
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await main.underlyingDriver().query(`CREATE DATABASE "${database}"`);
      const shadow = scriptAware(postgresConnection(await new PrismaPg({ ...config, database, max: 1 }).connect()));
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.underlyingDriver().query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await main.dispose();
      };
      return shadow;
    },
  };
}

export function createAdapterFactory(url: string = databaseUrl()): SqlMigrationAwareDriverAdapterFactory {
  return databaseProvider(url) === "postgresql" ? configuredPostgres(url) : configuredSqlite(url);
}
