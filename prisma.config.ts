// The Prisma CLI's configuration. `engine: "js"` runs Migrate through the same driver
// adapter as the app, so no native schema-engine binary is downloaded (this project
// installs offline).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./app/lib/db/adapter";
import { databaseUrl } from "./app/lib/db/database-url";

process.env.DATABASE_URL = databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => createAdapterFactory(),
});
