import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, sqliteFilePath } from "../../app/lib/db/database-url";

/**
 * Creates the integration-test database from the migrations. A SQLite file is removed
 * afterwards; a PostgreSQL database is created empty and dropped by tests/run-all.sh.
 */
export default function setup() {
  const migrate = () => execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: process.env });
  if (databaseProvider(process.env.DATABASE_URL) === "postgresql") {
    migrate();
    return;
  }
  const file = sqliteFilePath(process.env.DATABASE_URL);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    fs.rmSync(path.join(path.dirname(file), "keys.json"), { force: true });
  };
  remove();
  migrate();
  return remove;
}
