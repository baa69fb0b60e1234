/**
 * `npm run db:backup [-- --out DIR]`: a consistent backup of the live database (default
 * backups/<UTC time>/), safe while the app runs. `npm run db:restore -- DIR` brings it back.
 */
import "./check-config";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "../lib/db/backup";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const dir = values.out ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-"));

backupDatabase(dir).then(
  (manifest) => {
    console.log(`Backed up the ${manifest.provider} database to ${dir}: ${manifest.files.join(", ")} (keys: ${manifest.keys}).`);
    if (manifest.keys !== "included") console.log("Keep DATA_ENCRYPTION_KEY and DATA_INDEX_KEY with it: without them the personal data cannot be read.");
  },
  (error) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
