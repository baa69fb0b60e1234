/**
 * Where the database is. `DATABASE_URL` decides: `file:…` is SQLite, `postgresql://…` (or
 * `postgres://…`) is PostgreSQL. Without it the embedded SQLite file lives in the
 * git-ignored `data/` folder beside the app, so `npm start` works on a fresh machine with
 * no configuration at all.
 */
import path from "node:path";
import { databaseConfig } from "../config";

export { DEFAULT_DATABASE_URL } from "../config";

export function databaseUrl(): string {
  return databaseConfig().databaseUrl;
}

/** The file behind a `file:` URL, resolved against the working directory. */
export function sqliteFilePath(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  return path.resolve(url.slice("file:".length));
}

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:"`,
  );
}

/** Connections each instance keeps to PostgreSQL (DATABASE_POOL_SIZE, default 10). */
export function poolSize(): number {
  return databaseConfig().databasePoolSize;
}
