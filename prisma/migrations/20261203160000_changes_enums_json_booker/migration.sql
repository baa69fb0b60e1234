-- The change flow's kind and status become enums (TEXT on SQLite: the values stay), its payloads
-- Json (JSONB: the tables are rebuilt with their rows), its people foreign keys (an account with
-- proposals or versions cannot be deleted); an appointment's "staff:<id>" booker becomes
-- bookedBy 'staff' and bookedByStaffId <id> (null when that account no longer exists).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "start" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'booked',
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "passportNumberEnc" TEXT NOT NULL,
    "passportNumberIndex" TEXT NOT NULL,
    "purpose" TEXT,
    "activeKey" TEXT,
    "bookedBy" TEXT NOT NULL DEFAULT 'applicant',
    "bookedByStaffId" TEXT,
    "reminderQueuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    "requestId" TEXT,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_bookedByStaffId_fkey" FOREIGN KEY ("bookedByStaffId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("accessCodeHash", "activeKey", "bookedBy", "bookedByStaffId", "cancelledAt", "createdAt", "email", "id", "locale", "name", "passportNumberEnc", "passportNumberIndex", "phone", "purpose", "reference", "reminderQueuedAt", "requestId", "serviceId", "start", "status") SELECT "accessCodeHash", "activeKey",
       CASE WHEN "bookedBy" LIKE 'staff:%' THEN 'staff' ELSE 'applicant' END,
       CASE WHEN substr("bookedBy", 7) IN (SELECT "id" FROM "StaffUser") AND "bookedBy" LIKE 'staff:%' THEN substr("bookedBy", 7) END,
       "cancelledAt", "createdAt", "email", "id", "locale", "name", "passportNumberEnc", "passportNumberIndex", "phone", "purpose", "reference", "reminderQueuedAt", "requestId", "serviceId", "start", "status" FROM "Appointment";
DROP TABLE "Appointment";
ALTER TABLE "new_Appointment" RENAME TO "Appointment";
CREATE UNIQUE INDEX "Appointment_reference_key" ON "Appointment"("reference");
CREATE UNIQUE INDEX "Appointment_activeKey_key" ON "Appointment"("activeKey");
CREATE INDEX "Appointment_start_idx" ON "Appointment"("start");
CREATE INDEX "Appointment_status_start_idx" ON "Appointment"("status", "start");
CREATE INDEX "Appointment_requestId_idx" ON "Appointment"("requestId");
CREATE TABLE "new_ChangeProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "effectiveDay" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "proposerId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "comment" TEXT,
    "restoresVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "reviewedAt" DATETIME,
    "revision" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ChangeProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChangeProposal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ChangeProposal" ("comment", "createdAt", "effectiveDay", "id", "kind", "payload", "proposerId", "reason", "restoresVersionId", "reviewedAt", "reviewerId", "revision", "status", "targetId", "updatedAt") SELECT "comment", "createdAt", "effectiveDay", "id", "kind", "payload", "proposerId", "reason", "restoresVersionId", "reviewedAt", "reviewerId", "revision", "status", "targetId", "updatedAt" FROM "ChangeProposal";
DROP TABLE "ChangeProposal";
ALTER TABLE "new_ChangeProposal" RENAME TO "ChangeProposal";
CREATE INDEX "ChangeProposal_status_createdAt_idx" ON "ChangeProposal"("status", "createdAt");
CREATE INDEX "ChangeProposal_kind_targetId_createdAt_idx" ON "ChangeProposal"("kind", "targetId", "createdAt");
CREATE TABLE "new_PublishedVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "effectiveDay" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "approvedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "alertsQueuedAt" DATETIME,
    CONSTRAINT "PublishedVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ChangeProposal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublishedVersion_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublishedVersion_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "StaffUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PublishedVersion" ("alertsQueuedAt", "approvedAt", "approverId", "effectiveDay", "id", "kind", "number", "payload", "proposalId", "proposerId", "reason", "targetId") SELECT "alertsQueuedAt", "approvedAt", "approverId", "effectiveDay", "id", "kind", "number", "payload", "proposalId", "proposerId", "reason", "targetId" FROM "PublishedVersion";
DROP TABLE "PublishedVersion";
ALTER TABLE "new_PublishedVersion" RENAME TO "PublishedVersion";
CREATE UNIQUE INDEX "PublishedVersion_proposalId_key" ON "PublishedVersion"("proposalId");
CREATE INDEX "PublishedVersion_kind_targetId_effectiveDay_idx" ON "PublishedVersion"("kind", "targetId", "effectiveDay");
CREATE INDEX "PublishedVersion_effectiveDay_idx" ON "PublishedVersion"("effectiveDay");
CREATE INDEX "PublishedVersion_alertsQueuedAt_effectiveDay_idx" ON "PublishedVersion"("alertsQueuedAt", "effectiveDay");
CREATE UNIQUE INDEX "PublishedVersion_kind_targetId_number_key" ON "PublishedVersion"("kind", "targetId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

