/**
 * The driver adapter behind the app's Prisma client (lib/db/client.ts), for the database
 * DATABASE_URL names. SQLite: configured connections (sqlite-runtime.ts). PostgreSQL: a pg
 * pool of DATABASE_POOL_SIZE connections per instance, as the adapter provides it.
 * What only Prisma Migrate needs is in migrate-adapter.ts (used by prisma.config.ts).
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseProvider, databaseUrl } from "./database-url";
import { postgresConfig } from "./postgres-config";
import { sqliteRuntimeFactory } from "./sqlite-runtime";

export function createAdapterFactory(url: string = databaseUrl()): SqlDriverAdapterFactory {
  return databaseProvider(url) === "postgresql" ? new PrismaPg(postgresConfig(url)) : sqliteRuntimeFactory(url);
}
