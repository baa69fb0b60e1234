/** The pg connection settings of an instance, shared by the app's pool and Prisma Migrate's connections. */
import { parseIntoClientConfig } from "pg-connection-string";
import { poolSize } from "./database-url";

export function postgresConfig(url: string) {
  // allowExitOnIdle: a CLI run (migrate, seed, staff:add) ends when its work is done, not 10 s later.
  return { ...parseIntoClientConfig(url), connectionTimeoutMillis: 5000, allowExitOnIdle: true, max: poolSize() };
}
