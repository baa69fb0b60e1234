/**
 * `npm run db:backup [-- --out DIR] [--with-keys]`: a consistent backup of the live database
 * (default backups/<UTC time>/), safe while the app runs. `npm run db:restore -- DIR` brings
 * it back. It says where the keys are; the embedded setup's keys.json is copied into the
 * backup only with --with-keys.
 */
import "./check-config";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "../lib/db/backup";

const { values } = parseArgs({ options: { out: { type: "string" }, "with-keys": { type: "boolean" } } });
const dir = values.out ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-"));

backupDatabase(dir, undefined, { withKeys: values["with-keys"] ?? false }).then(
  (manifest) => {
    console.log(`Backed up the ${manifest.provider} database to ${dir}: ${manifest.files.join(", ")}.`);
    console.log(`The keys that open it: ${manifest.keys.where}. Without them the personal data in it cannot be read.`);
  },
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
