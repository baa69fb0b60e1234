import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// Integration tests run against a throwaway SQLite database, migrated once in globalSetup.
// Its own folder, because the embedded setup keeps its generated keys beside the database file.
process.env.DATABASE_URL ??= `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "consular-helper-vitest-")), "test.db")}`;

const resolve = {
  alias: {
    "@": path.resolve(root, "app"),
    // Outside Next's server bundle, "server-only" would throw: tests are server code.
    "server-only": path.resolve(root, "tests/support/empty-module.ts"),
  },
};

export default defineConfig({
  resolve,
  test: {
    env: { DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    projects: [
      { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 } },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Several tests run the Prisma CLI or a child process: seconds, more on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ["tests/support/vitest-global-setup.ts"],
          // One database for all integration files: run them one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
