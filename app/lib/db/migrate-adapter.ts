/**
 * The driver adapter Prisma Migrate runs on (prisma.config.ts, `engine: "js"`): the app's
 * connections plus what only Migrate needs from the 6.19 adapters, each with its reason.
 * The app itself never loads this module (docs/adr/0002: the way out with Prisma 7).
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from "@prisma/driver-adapter-utils";
import type { QueryResult } from "pg";
import { assertAdapterVersions } from "./adapter-versions";
import { databaseProvider, databaseUrl } from "./database-url";
import { postgresConfig } from "./postgres-config";
import { sqliteAdapter, withPragmas } from "./sqlite-runtime";

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

function migrateSqlite(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = sqliteAdapter(url);
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
  adapter.startTransaction = async (isolationLevel): Promise<Transaction> =>
    readNameAsText(await startTransaction(isolationLevel));
  adapter.executeScript = async (script) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}

function migratePostgres(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config = postgresConfig(url);
  const inner = new PrismaPg(config);
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

export function createMigrateAdapterFactory(url: string = databaseUrl()): SqlMigrationAwareDriverAdapterFactory {
  assertAdapterVersions();
  return databaseProvider(url) === "postgresql" ? migratePostgres(url) : migrateSqlite(url);
}
