-- CreateTable
CREATE TABLE "SettingChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "changedById" TEXT,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "details" TEXT NOT NULL,
    "passportNumberEnc" TEXT,
    "passportNumberIndex" TEXT,
    "dateOfBirthEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "assigneeId" TEXT,
    CONSTRAINT "Request_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("accessCodeHash", "applicantName", "closedAt", "createdAt", "dateOfBirthEnc", "details", "email", "id", "locale", "passportNumberEnc", "passportNumberIndex", "phone", "reference", "status", "type", "updatedAt", "urgent", "version") SELECT "accessCodeHash", "applicantName", "closedAt", "createdAt", "dateOfBirthEnc", "details", "email", "id", "locale", "passportNumberEnc", "passportNumberIndex", "phone", "reference", "status", "type", "updatedAt", "urgent", "version" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_reference_key" ON "Request"("reference");
CREATE INDEX "Request_status_createdAt_id_idx" ON "Request"("status", "createdAt", "id");
CREATE INDEX "Request_createdAt_id_idx" ON "Request"("createdAt", "id");
CREATE INDEX "Request_urgent_createdAt_id_idx" ON "Request"("urgent", "createdAt", "id");
CREATE INDEX "Request_passportNumberIndex_idx" ON "Request"("passportNumberIndex");
CREATE INDEX "Request_assigneeId_urgent_createdAt_id_idx" ON "Request"("assigneeId", "urgent", "createdAt", "id");
CREATE INDEX "Request_closedAt_idx" ON "Request"("closedAt");
CREATE TABLE "new_StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "totpSecretEnc" TEXT,
    "totpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "totpRequired" BOOLEAN NOT NULL DEFAULT false,
    "totpLastStep" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_StaffUser" ("createdAt", "disabled", "email", "failedLogins", "id", "lockedUntil", "name", "passwordHash", "role") SELECT "createdAt", "disabled", "email", "failedLogins", "id", "lockedUntil", "name", "passwordHash", "role" FROM "StaffUser";
DROP TABLE "StaffUser";
ALTER TABLE "new_StaffUser" RENAME TO "StaffUser";
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SettingChange_key_changedAt_idx" ON "SettingChange"("key", "changedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");


-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
