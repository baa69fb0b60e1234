// The Prisma CLI's configuration. `engine: "js"` runs Migrate through the same driver
// adapter as the app, so no native schema-engine binary is downloaded (this project
// installs offline).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrateAdapterFactory } from "./app/lib/db/migrate-adapter";
import { databaseProvider, databaseUrl } from "./app/lib/db/database-url";

process.env.DATABASE_URL = databaseUrl();
// SQLite's schema and migrations are prisma/; PostgreSQL's are prisma/postgresql/, with the
// schema derived from prisma/schema.prisma (npm run db:schemas).
const folder = databaseProvider() === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: () => Promise.resolve(createMigrateAdapterFactory()),
});
