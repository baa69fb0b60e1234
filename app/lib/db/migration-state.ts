/**
 * Whether the database has every migration this build ships with: the readiness check
 * refuses traffic until `prisma migrate deploy` has run (an instance started from a newer
 * release than its database must not serve).
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "./client";
import { databaseProvider } from "./database-url";

export function shippedMigrations(): string[] {
  const folder = path.join(
    process.cwd(),
    "prisma",
    ...(databaseProvider() === "postgresql" ? ["postgresql"] : []),
    "migrations",
  );
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The shipped migrations the database has not (successfully) applied. */
export async function pendingMigrations(shipped: string[] = shippedMigrations()): Promise<string[]> {
  const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const done = new Set(applied.map((row) => row.migration_name));
  return shipped.filter((name) => !done.has(name));
}
