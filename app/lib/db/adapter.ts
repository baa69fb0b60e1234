/**
 * The driver adapter behind Prisma, shared by the app (lib/db/client.ts) and the
 * Prisma CLI (prisma.config.ts), so migrations and queries open the database the same way.
 *
 * SQLite: every connection gets WAL (readers never block the writer), a busy timeout
 * (a second writer waits instead of failing) and foreign keys (off by default in SQLite).
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseUrl, sqliteFilePath } from "./database-url";

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
  return adapter;
}

/**
 * Prisma 6.19's JavaScript schema engine replays each migration on the shadow database
 * (used by `migrate diff --from-migrations`) as one executeRaw call, and better-sqlite3
 * runs one statement per call, so any migration with several statements fails with P3006.
 * The shadow connection therefore runs statement-less raw scripts as a script.
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

/** Wraps a factory so that each connection it opens is configured before first use. */
function configuredSqlite(url: string): SqlMigrationAwareDriverAdapterFactory {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const inner = new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => withPragmas(inner.connect()),
    connectToShadowDb: async () => scriptAware(await withPragmas(inner.connectToShadowDb())),
  };
}

export function createAdapterFactory(url: string = databaseUrl()): SqlMigrationAwareDriverAdapterFactory {
  if (url.startsWith("file:")) return configuredSqlite(url);
  throw new Error(`DATABASE_URL must start with "file:" (SQLite); got "${url.split(":")[0]}:"`);
}
