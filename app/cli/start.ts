/**
 * `npm start`: everything a fresh machine needs, then the server.
 * 1. apply migrations (prisma migrate deploy), 2. seed demo content (idempotent),
 * 3. build when there is no build or a source file is newer than it, 4. serve on PORT
 * (app/cli/serve.ts: graceful shutdown on SIGTERM).
 */
import "./check-config";
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { config } from "../lib/config";
import { databaseUrl } from "../lib/db/database-url";

const root = path.resolve(__dirname, "..", "..");
const { port, demoMode } = config();
const env = { ...process.env, DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const SOURCES = [
  "app",
  "public",
  "prisma/schema.prisma",
  "next.config.js",
  "proxy.ts",
  "package.json",
  "tsconfig.json",
];

function newestSourceTime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full)
    .filter((name) => name !== "generated")
    .reduce((newest, name) => Math.max(newest, newestSourceTime(path.join(entry, name))), stat.mtimeMs);
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestSourceTime(entry) > built);
}

run("npx", ["prisma", "migrate", "deploy"]);
// The seed and the server load data modules that `import "server-only"`: outside Next's bundler, only
// under the react-server condition (README, Authorization next to the data).
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
if (buildIsStale()) {
  console.log("Building the app (no build yet, or sources changed since the last one)…");
  run("npx", ["next", "build"]);
}
console.log(`\nConsular Helper is starting on http://localhost:${port}`);
if (demoMode) {
  console.log(
    `Demo mode (DEMO_MODE=false turns it off; never on with PostgreSQL unless DEMO_MODE=true). Staff workspace: http://localhost:${port}/staff`,
  );
  console.log("  officer: officer@demo.invalid / demo-officer-2026");
  console.log(
    "  admin:   admin@demo.invalid / demo-admin-2026, authenticator key DEMO ADMI NDEM OADM INDE MOAD MIND EMO2",
  );
}
console.log("");
// Node itself with tsx's loader, not npx: a signal forwarded to this child reaches the server.
const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "app/cli/serve.ts"], {
  cwd: root,
  env: { ...env, PORT: String(port) },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
