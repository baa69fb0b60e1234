/**
 * The one Prisma client of the app. Only data-access modules import it.
 * In development the client survives hot reloads on globalThis.
 */
import { PrismaClient } from "./generated/client";
import { createAdapterFactory } from "./adapter";

const globalForPrisma = globalThis as unknown as { consularHelperDb?: PrismaClient };

export const db: PrismaClient = globalForPrisma.consularHelperDb ?? new PrismaClient({ adapter: createAdapterFactory() });

if (process.env.NODE_ENV !== "production") globalForPrisma.consularHelperDb = db;
