/**
 * A throwaway PostgreSQL database for one test run: `create` prints its URL, `drop URL`
 * removes it. Used by tests/run-all.sh, which skips the PostgreSQL leg when no server
 * answers at TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

const admin = () => process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<string> {
  const name = `consular_helper_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^consular_helper_test_[0-9a-f]+$/.test(name)) throw new Error(`Not a test database: ${name}`);
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

// As a command (tests/run-all.sh); a test that imports this module runs nothing here.
const [script, command, url] = process.argv.slice(1);
const asCommand = script?.endsWith("postgres-database.ts");
if (asCommand && command === "create") {
  createTestDatabase().then(
    (created) => console.log(created),
    (error: unknown) => {
      console.error(`PostgreSQL not reachable at ${admin()}: ${(error as Error).message}`);
      process.exit(2);
    },
  );
} else if (asCommand && command === "drop" && url) {
  dropTestDatabase(url).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
