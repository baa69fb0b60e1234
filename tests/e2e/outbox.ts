/**
 * The e-mails the server queued, read straight from its outbox table (the e2e server writes
 * them to the log, not to a mailbox): SQLite through better-sqlite3, PostgreSQL through pg,
 * whichever DATABASE_URL the server runs on.
 */
import Database from "better-sqlite3";
import pg from "pg";

const QUERY = `SELECT "body" FROM "OutboxMessage" WHERE "recipient" = $1 AND "body" LIKE $2 ORDER BY "createdAt" DESC LIMIT 1`;

async function latestBody(recipient: string, containing: string): Promise<string | null> {
  const url = process.env.DATABASE_URL ?? "";
  const like = `%${containing}%`;
  if (url.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ body: string }>(QUERY, [recipient, like])).rows[0]?.body ?? null;
    } finally {
      await client.end();
    }
  }
  const file = url.replace(/^file:/, "");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(QUERY.replace("$1", "?").replace("$2", "?")).get(recipient, like) as
      { body: string } | undefined;
    return row?.body ?? null;
  } finally {
    db.close();
  }
}

/** The newest e-mail to `recipient` whose text contains `containing`, waiting a little for it to be queued. */
export async function latestEmail(recipient: string, containing: string, timeoutMs = 10_000): Promise<string> {
  for (const until = Date.now() + timeoutMs; ;) {
    const body = await latestBody(recipient, containing);
    if (body !== null) return body;
    if (Date.now() > until) throw new Error(`no e-mail to ${recipient} containing ${containing}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
