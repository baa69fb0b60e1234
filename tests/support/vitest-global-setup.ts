import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "../../app/lib/db/database-url";

/** Creates the integration-test database from the migrations, and removes it afterwards. */
export default function setup() {
  const file = sqliteFilePath(process.env.DATABASE_URL);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    fs.rmSync(path.join(path.dirname(file), "keys.json"), { force: true });
  };
  remove();
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: process.env });
  return remove;
}
