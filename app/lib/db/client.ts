/**
 * The one Prisma client of the app. Only data-access modules import it.
 * DATABASE_URL picks SQLite or PostgreSQL at start; both clients are generated from the
 * same models (prisma/schema.prisma) and have the same API, typed here as the SQLite one.
 * In development the client survives hot reloads on globalThis.
 */
import { createAdapterFactory } from "./adapter";
import { onShutdown } from "../shutdown";
import { databaseProvider } from "./database-url";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgresql/client";

const globalForPrisma = globalThis as unknown as { consularHelperDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = createAdapterFactory();
  return databaseProvider() === "postgresql" ? (new PostgresPrismaClient({ adapter }) as unknown as PrismaClient) : new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.consularHelperDb ?? createClient();
// Closes the pool (PostgreSQL) or the file (SQLite) once the server has finished its requests.
// (Next.js loads the instrumentation hook and the routes as separate bundles, each with its
// own copy of this module: each closes its own.)
onShutdown("database", "connections", () => db.$disconnect());

if (process.env.NODE_ENV !== "production") globalForPrisma.consularHelperDb = db;

/**
 * A "contains" text filter that ignores case on both databases: SQLite's LIKE already
 * does for ASCII; PostgreSQL needs ILIKE, which Prisma calls mode "insensitive".
 */
export function containsIgnoringCase(text: string): { contains: string } {
  return databaseProvider() === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
