// Direct database access for the end-to-end tests: the steps staff will take in the staff
// workspace, done here so the applicant's side can be tested on its own.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";

function open() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("file:")) throw new Error("The e2e tests need DATABASE_URL=file:… (tests/run-all.sh sets it)");
  return new Database(url.slice("file:".length));
}

/** The Embassy asks the applicant for more information. */
export function askForInformation(reference: string, message: string): void {
  const db = open();
  try {
    const { id } = db.prepare(`SELECT id FROM "Request" WHERE reference = ?`).get(reference) as { id: string };
    db.prepare(`UPDATE "Request" SET status = 'needs_information', version = version + 1 WHERE id = ?`).run(id);
    db.prepare(
      `INSERT INTO "RequestEvent" (id, requestId, kind, fromStatus, toStatus, body, public, actor, createdAt)
       VALUES (?, ?, 'message', 'received', 'needs_information', ?, 1, 'staff:e2e', ?)`,
    ).run(randomUUID(), id, message, Date.now());
  } finally {
    db.close();
  }
}
