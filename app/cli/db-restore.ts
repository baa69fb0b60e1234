/**
 * `npm run db:restore -- DIR`: restores a backup made by `npm run db:backup` into the
 * database DATABASE_URL names. SQLite: stop the app first; the file is replaced.
 * PostgreSQL: restore into a new, empty database (createdb), then point DATABASE_URL at it.
 */
import "./check-config";
import { restoreDatabase } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/database-url";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: npm run db:restore -- BACKUP_FOLDER");
  process.exit(2);
}
restoreDatabase(dir).then(
  (manifest) =>
    console.log(
      `Restored the backup of ${manifest.createdAt} into ${databaseUrl().replace(/\/\/[^@]*@/, "//…@")}. Run npm run db:migrate if the app is newer than the backup.`,
    ),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
