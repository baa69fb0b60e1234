import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { sqliteFilePath } from "../../app/lib/db/database-url";

/** Creates the integration-test database from the migrations, and removes it afterwards. */
export default function setup() {
  const file = sqliteFilePath(process.env.DATABASE_URL);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
  remove();
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: process.env });
  return remove;
}
