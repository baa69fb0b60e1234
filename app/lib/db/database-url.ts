/**
 * Where the database is. `DATABASE_URL` decides; without it the embedded SQLite file
 * lives in the git-ignored `data/` folder beside the app, so `npm start` works on a
 * fresh machine with no configuration at all.
 */
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/consular-helper.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The file behind a `file:` URL, resolved against the working directory. */
export function sqliteFilePath(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  return path.resolve(url.slice("file:".length));
}
