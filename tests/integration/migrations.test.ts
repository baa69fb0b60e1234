// The migrations that change a column's type, each on a database holding rows written before it:
// nothing is lost, "staff:<id>" strings become keys, and the audit trail is append-only again
// afterwards. Each runs on its own throwaway database of the provider under test, migrated by
// the SQL files themselves up to that migration, then filled, then migrated.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseProvider } from "../../app/lib/db/database-url";
import { createTestDatabase, dropTestDatabase } from "../support/postgres-database";

const provider = databaseProvider();
const folder = path.join(provider === "postgresql" ? "prisma/postgresql" : "prisma", "migrations");
const migrations = fs
  .readdirSync(folder)
  .filter((name) => /^\d{14}_/.test(name))
  .toSorted();
const sql = (name: string) => fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");

// Rows as the app wrote them before the migration (text columns, "staff:<id>" actors).
const BEFORE_ENUMS_JSON_ACTOR = `
INSERT INTO "StaffUser" ("id", "email", "name", "role", "passwordHash") VALUES ('s1', 'a@example.by', 'A', 'admin', 'h'), ('s2', 'b@example.by', 'B', 'officer', 'h');
INSERT INTO "Request" ("id", "reference", "accessCodeHash", "type", "status", "locale", "applicantName", "phone", "details", "updatedAt", "assigneeId")
  VALUES ('r1', 'REF1', 'c', 'legalization', 'in_review', 'en', 'N', '1', '{"a":"b"}', CURRENT_TIMESTAMP, 's2');
INSERT INTO "RequestEvent" ("id", "requestId", "kind", "fromStatus", "toStatus", "public", "actor") VALUES
  ('e1', 'r1', 'submitted', NULL, 'received', TRUE, 'applicant'),
  ('e2', 'r1', 'status_changed', 'received', 'in_review', TRUE, 'staff:s2'),
  ('e3', 'r1', 'note', NULL, NULL, FALSE, 'staff:gone');
INSERT INTO "Attachment" ("id", "requestId", "eventId", "filename", "mimeType", "size", "content") VALUES ('a1', 'r1', 'e2', 'f.pdf', 'application/pdf', 1, ${provider === "postgresql" ? "'\\x01'::bytea" : "x'01'"});
INSERT INTO "AuditEvent" ("id", "actorId", "action", "details") VALUES
  ('u1', 's1', 'staff.created', '{"role":"officer"}'),
  ('u2', NULL, 'staff.login_failed', '{"reason":"unknown"}'),
  ('u3', NULL, 'keys.rotated', NULL),
  ('u4', 'gone', 'request.viewed', NULL);
INSERT INTO "OutboxMessage" ("id", "recipient", "subject", "body", "status") VALUES ('o1', 'r@example.by', 's', 'b', 'sent');
`;

type Run = {
  exec: (sql: string) => Promise<void>;
  rows: (sql: string) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

async function open(): Promise<Run> {
  if (provider === "postgresql") {
    const url = await createTestDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      exec: async (text) => {
        await client.query(text);
      },
      rows: async (text) => (await client.query(text)).rows,
      close: async () => {
        await client.end();
        await dropTestDatabase(url);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "consular-helper-migration-"));
  const file = new Database(path.join(dir, "test.db"));
  file.pragma("foreign_keys = ON"); // as the app's connections have it
  return {
    exec: async (text) => void file.exec(text),
    rows: async (text) => file.prepare(text).all() as Record<string, unknown>[],
    close: async () => {
      file.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const runs: Run[] = [];
afterAll(() => Promise.all(runs.map((run) => run.close())));

/** A database migrated up to the migration named `*_${name}`, filled with `rows`, then migrated by it. */
async function migratedOver(name: string, rows: string): Promise<Run> {
  const target = migrations.findIndex((migration) => migration.endsWith(`_${name}`));
  expect(target).toBeGreaterThan(0);
  const run = await open();
  runs.push(run);
  for (const migration of migrations.slice(0, target)) await run.exec(sql(migration));
  await run.exec(rows);
  await run.exec(sql(migrations[target]!));
  return run;
}

const json = (value: unknown) => (typeof value === "string" ? (JSON.parse(value) as unknown) : value);

describe(`the enums, Json and actor-key migration (${provider})`, () => {
  it("carries every row over, turns staff:<id> into keys, and leaves the audit trail append-only", async () => {
    const run = await migratedOver("enums_json_actor", BEFORE_ENUMS_JSON_ACTOR);

    expect(await run.rows(`SELECT "id", "actor", "actorStaffId" FROM "RequestEvent" ORDER BY "id"`)).toEqual([
      { id: "e1", actor: "applicant", actorStaffId: null },
      { id: "e2", actor: "staff", actorStaffId: "s2" },
      { id: "e3", actor: "staff", actorStaffId: null },
    ]);
    expect(await run.rows(`SELECT "id", "actor", "actorStaffId" FROM "AuditEvent" ORDER BY "id"`)).toEqual([
      { id: "u1", actor: "staff", actorStaffId: "s1" },
      { id: "u2", actor: "public", actorStaffId: null },
      { id: "u3", actor: "system", actorStaffId: null },
      { id: "u4", actor: "staff", actorStaffId: null },
    ]);
    const [request] = await run.rows(`SELECT "status", "type", "details", "assigneeId" FROM "Request"`);
    expect({ ...request, details: json(request!.details) }).toEqual({
      status: "in_review",
      type: "legalization",
      details: { a: "b" },
      assigneeId: "s2",
    });
    expect(await run.rows(`SELECT "id" FROM "Attachment"`)).toEqual([{ id: "a1" }]);

    // Append-only again: no change, no removal; only the foreign key's own setting to null.
    await expect(run.exec(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = 'u1'`)).rejects.toThrow(/append-only/);
    await expect(run.exec(`UPDATE "AuditEvent" SET "actorStaffId" = 's2' WHERE "id" = 'u1'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(run.exec(`DELETE FROM "AuditEvent" WHERE "id" = 'u2'`)).rejects.toThrow(/append-only/);
    await run.exec(`DELETE FROM "StaffUser" WHERE "id" = 's1'`);
    expect(await run.rows(`SELECT "actor", "actorStaffId" FROM "AuditEvent" WHERE "id" = 'u1'`)).toEqual([
      { actor: "staff", actorStaffId: null },
    ]);
  });
});

// Rows as the app wrote them before it: a change flow with text kinds, statuses and payloads, and
// appointments booked by the applicant, by a staff member, and by an account since deleted.
const BEFORE_CHANGES_ENUMS_JSON_BOOKER = `
INSERT INTO "StaffUser" ("id", "email", "name", "role", "passwordHash") VALUES ('s1', 'a@example.by', 'A', 'admin', 'h'), ('s2', 'b@example.by', 'B', 'officer', 'h');
INSERT INTO "ChangeProposal" ("id", "kind", "targetId", "payload", "reason", "effectiveDay", "status", "proposerId", "reviewerId", "updatedAt")
  VALUES ('p1', 'content', 'visas-intro', '{"text":{"en":"x"}}', 'why', '2026-12-01', 'published', 's2', 's1', CURRENT_TIMESTAMP),
         ('p2', 'rule', 'by_e_visa', '{"states":["PK"]}', 'why', '2026-12-24', 'sent_back', 's2', 's1', CURRENT_TIMESTAMP);
INSERT INTO "PublishedVersion" ("id", "kind", "targetId", "number", "payload", "reason", "effectiveDay", "proposalId", "proposerId", "approverId")
  VALUES ('v1', 'content', 'visas-intro', 1, '{"text":{"en":"x"}}', 'why', '2026-12-01', 'p1', 's2', 's1');
INSERT INTO "AppointmentService" ("id") VALUES ('visa');
INSERT INTO "Appointment" ("id", "reference", "accessCodeHash", "serviceId", "start", "locale", "name", "email", "phone", "passportNumberEnc", "passportNumberIndex", "bookedBy") VALUES
  ('b1', 'A1', 'h', 'visa', CURRENT_TIMESTAMP, 'en', 'N', 'n@example.com', '1', 'e', 'i1', 'applicant'),
  ('b2', 'A2', 'h', 'visa', CURRENT_TIMESTAMP, 'en', 'N', 'n@example.com', '1', 'e', 'i2', 'staff:s2'),
  ('b3', 'A3', 'h', 'visa', CURRENT_TIMESTAMP, 'en', 'N', 'n@example.com', '1', 'e', 'i3', 'staff:gone');
`;

describe(`the change flow's enums and Json, and the booker's key (${provider})`, () => {
  it("carries every row over, turns staff:<id> into a key, and keeps the people of a change", async () => {
    const run = await migratedOver("changes_enums_json_booker", BEFORE_CHANGES_ENUMS_JSON_BOOKER);

    expect(await run.rows(`SELECT "id", "bookedBy", "bookedByStaffId" FROM "Appointment" ORDER BY "id"`)).toEqual([
      { id: "b1", bookedBy: "applicant", bookedByStaffId: null },
      { id: "b2", bookedBy: "staff", bookedByStaffId: "s2" },
      { id: "b3", bookedBy: "staff", bookedByStaffId: null },
    ]);
    const proposals = await run.rows(`SELECT "id", "kind", "status", "payload" FROM "ChangeProposal" ORDER BY "id"`);
    expect(proposals.map((row) => ({ ...row, payload: json(row.payload) }))).toEqual([
      { id: "p1", kind: "content", status: "published", payload: { text: { en: "x" } } },
      { id: "p2", kind: "rule", status: "sent_back", payload: { states: ["PK"] } },
    ]);
    const [version] = await run.rows(`SELECT "kind", "payload", "proposerId", "approverId" FROM "PublishedVersion"`);
    expect({ ...version, payload: json(version!.payload) }).toEqual({
      kind: "content",
      payload: { text: { en: "x" } },
      proposerId: "s2",
      approverId: "s1",
    });

    // The people of a change stay: their accounts cannot be deleted; a booker's can (its key is set to null).
    await expect(run.exec(`DELETE FROM "StaffUser" WHERE "id" = 's1'`)).rejects.toThrow(/foreign key/i);
    await run.exec(`DELETE FROM "PublishedVersion"`);
    await run.exec(`DELETE FROM "ChangeProposal"`);
    await run.exec(`DELETE FROM "StaffUser" WHERE "id" = 's2'`);
    expect(await run.rows(`SELECT "bookedBy", "bookedByStaffId" FROM "Appointment" WHERE "id" = 'b2'`)).toEqual([
      { bookedBy: "staff", bookedByStaffId: null },
    ]);
  });
});
