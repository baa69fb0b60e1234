/**
 * The workarounds in sqlite-runtime.ts and migrate-adapter.ts reach into the internals of
 * these exact adapter versions (a private `client`, `performIO`). An upgrade must come with
 * a new look at each one (docs/adr/0002), so a different installed version stops the
 * server (app/cli/serve.ts) and Prisma Migrate (migrate-adapter.ts) at start rather than
 * run with a patch that may no longer fit. (Not checked inside Next's bundles, where
 * packages are not resolved from node_modules the same way.)
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const ADAPTER_VERSIONS_WRITTEN_FOR = {
  "@prisma/adapter-better-sqlite3": "6.19.3",
  "@prisma/adapter-pg": "6.19.3",
  "@prisma/driver-adapter-utils": "6.19.3",
} as const;

type Installed = (name: string) => string;

const require = createRequire(import.meta.url);

/** The version in the package's own package.json (not exported by these packages: found from their entry point). */
const installedVersion: Installed = (name) => {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  return "not installed";
};

/** Throws, naming each package, when an installed adapter is not the version the workarounds were written for. */
export function assertAdapterVersions(installed: Installed = installedVersion): void {
  const wrong = Object.entries(ADAPTER_VERSIONS_WRITTEN_FOR)
    .map(([name, expected]) => ({ name, expected, found: installed(name) }))
    .filter(({ expected, found }) => found !== expected);
  if (wrong.length > 0) {
    const list = wrong.map(({ name, expected, found }) => `${name} ${found} (written for ${expected})`).join(", ");
    throw new Error(
      `Prisma adapter version changed: ${list}. Re-check the workarounds in app/lib/db/ (docs/adr/0002) and update ADAPTER_VERSIONS_WRITTEN_FOR.`,
    );
  }
}
