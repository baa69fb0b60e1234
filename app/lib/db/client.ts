/**
 * The one Prisma client of the app. Only data-access modules import it.
 * DATABASE_URL picks SQLite or PostgreSQL at start; both clients are generated from the
 * same models (prisma/schema.prisma) and have the same API, typed here as the SQLite one.
 * One client per process, in production too: Next.js bundles the instrumentation hook and
 * the routes apart, each with its own copy of this module, so the client is kept on
 * globalThis under a registered symbol that every copy finds (one pool per instance, as
 * DEPLOYMENT.md budgets). The same keeps it across hot reloads in development.
 */
import "server-only";
import { createAdapterFactory } from "./adapter";
import { onShutdown } from "../shutdown";
import { config } from "../config";
import { databaseProvider } from "./database-url";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgresql/client";

const KEY = Symbol.for("consular-helper.db");
const processWide = globalThis as unknown as { [KEY]?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = createAdapterFactory();
  // DATABASE_LOG_QUERIES=1 emits every SQL statement as a "query" event (db.$on), for
  // diagnosing a slow page; the benchmarks use it to show the queue's query plans.
  const log = config().databaseLogQueries ? [{ emit: "event" as const, level: "query" as const }] : [];
  return databaseProvider() === "postgresql"
    ? (new PostgresPrismaClient({ adapter, log }) as unknown as PrismaClient)
    : new PrismaClient({ adapter, log });
}

function processClient(): PrismaClient {
  const existing = processWide[KEY];
  if (existing) return existing;
  const client = createClient();
  processWide[KEY] = client;
  // Closes the pool (PostgreSQL) or the file (SQLite) once the server has finished its requests.
  onShutdown("database", "connections", () => client.$disconnect());
  return client;
}

export const db: PrismaClient = processClient();

/**
 * A "contains" text filter that ignores case on both databases: SQLite's LIKE already
 * does for ASCII; PostgreSQL needs ILIKE, which Prisma calls mode "insensitive".
 */
export function containsIgnoringCase(text: string): { contains: string } {
  return databaseProvider() === "postgresql"
    ? ({ contains: text, mode: "insensitive" } as { contains: string })
    : { contains: text };
}
