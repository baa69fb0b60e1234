-- Enums are TEXT on SQLite (Prisma checks the values, the column does not): the enum columns
-- keep their type and values. Json is JSONB, so the tables with a Json column are rebuilt, and
-- the two tables whose actor becomes an enum with a foreign key are rebuilt with their rows
-- carried over: "staff:<id>" becomes actor 'staff' and actorStaffId <id> (null when that
-- account no longer exists); an audit row with an actorId was a staff member's, one without
-- was the public's (failed or throttled sign-ins) or the system's (the shell, jobs).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "actorStaffId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" JSONB,
    CONSTRAINT "AuditEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actor", "actorStaffId", "at", "details", "id", "targetId", "targetType")
SELECT "action",
       CASE WHEN "actorId" IS NOT NULL THEN 'staff' WHEN "action" IN ('staff.login_failed', 'staff.login_throttled') THEN 'public' ELSE 'system' END,
       CASE WHEN "actorId" IN (SELECT "id" FROM "StaffUser") THEN "actorId" END,
       "at", "details", "id", "targetId", "targetType"
FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");
CREATE INDEX "AuditEvent_actorStaffId_at_idx" ON "AuditEvent"("actorStaffId", "at");
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");
CREATE TABLE "new_Request" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "passportNumberEnc" TEXT,
    "passportNumberIndex" TEXT,
    "dateOfBirthEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "assigneeId" TEXT,
    "replied" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Request_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("accessCodeHash", "applicantName", "assigneeId", "closedAt", "createdAt", "dateOfBirthEnc", "details", "email", "id", "locale", "passportNumberEnc", "passportNumberIndex", "phone", "reference", "replied", "status", "type", "updatedAt", "urgent", "version") SELECT "accessCodeHash", "applicantName", "assigneeId", "closedAt", "createdAt", "dateOfBirthEnc", "details", "email", "id", "locale", "passportNumberEnc", "passportNumberIndex", "phone", "reference", "replied", "status", "type", "updatedAt", "urgent", "version" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_reference_key" ON "Request"("reference");
CREATE INDEX "Request_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");
CREATE INDEX "Request_status_urgent_replied_createdAt_id_idx" ON "Request"("status", "urgent" DESC, "replied" DESC, "createdAt", "id");
CREATE INDEX "Request_assigneeId_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("assigneeId", "closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");
CREATE INDEX "Request_replied_closedAt_urgent_createdAt_id_idx" ON "Request"("replied", "closedAt", "urgent" DESC, "createdAt", "id");
CREATE INDEX "Request_createdAt_id_idx" ON "Request"("createdAt", "id");
CREATE INDEX "Request_passportNumberIndex_idx" ON "Request"("passportNumberIndex");
CREATE TABLE "new_RequestEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "body" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT true,
    "actor" TEXT NOT NULL,
    "actorStaffId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RequestEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RequestEvent" ("actor", "actorStaffId", "body", "createdAt", "fromStatus", "id", "kind", "public", "requestId", "toStatus")
SELECT CASE WHEN "actor" LIKE 'staff:%' THEN 'staff' ELSE "actor" END,
       CASE WHEN "actor" LIKE 'staff:%' AND substr("actor", 7) IN (SELECT "id" FROM "StaffUser") THEN substr("actor", 7) END,
       "body", "createdAt", "fromStatus", "id", "kind", "public", "requestId", "toStatus"
FROM "RequestEvent";
DROP TABLE "RequestEvent";
ALTER TABLE "new_RequestEvent" RENAME TO "RequestEvent";
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The audit trail stays append-only (the rebuilt table lost its triggers): the database refuses
-- to change or remove a row. The one change let through is its foreign key's own, actorStaffId
-- set to null when an account row is deleted (the app disables accounts, it never deletes them).
-- A column added to AuditEvent must be added to the first trigger's list.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE OF "id", "at", "actor", "action", "targetType", "targetId", "details" ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
CREATE TRIGGER "AuditEvent_actor_kept" BEFORE UPDATE OF "actorStaffId" ON "AuditEvent" WHEN NEW."actorStaffId" IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
