/**
 * The one Prisma client of the app. Only data-access modules import it.
 * DATABASE_URL picks SQLite or PostgreSQL at start; both clients are generated from the
 * same models (prisma/schema.prisma) and have the same API, typed here as the SQLite one.
 * In development the client survives hot reloads on globalThis.
 */
import { createAdapterFactory } from "./adapter";
import { onShutdown } from "../shutdown";
import { config } from "../config";
import { databaseProvider } from "./database-url";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgresql/client";

const globalForPrisma = globalThis as unknown as { consularHelperDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = createAdapterFactory();
  // DATABASE_LOG_QUERIES=1 emits every SQL statement as a "query" event (db.$on), for
  // diagnosing a slow page; the benchmarks use it to show the queue's query plans.
  const log = config().databaseLogQueries ? [{ emit: "event" as const, level: "query" as const }] : [];
  return databaseProvider() === "postgresql" ? (new PostgresPrismaClient({ adapter, log }) as unknown as PrismaClient) : new PrismaClient({ adapter, log });
}

export const db: PrismaClient = globalForPrisma.consularHelperDb ?? createClient();
// Closes the pool (PostgreSQL) or the file (SQLite) once the server has finished its requests.
// (Next.js loads the instrumentation hook and the routes as separate bundles, each with its
// own copy of this module: each closes its own.)
onShutdown("database", "connections", () => db.$disconnect());

if (config().development) globalForPrisma.consularHelperDb = db;

/**
 * A "contains" text filter that ignores case on both databases: SQLite's LIKE already
 * does for ASCII; PostgreSQL needs ILIKE, which Prisma calls mode "insensitive".
 */
export function containsIgnoringCase(text: string): { contains: string } {
  return databaseProvider() === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
