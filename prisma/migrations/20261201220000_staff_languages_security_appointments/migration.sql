-- CreateTable
CREATE TABLE "StaffLoginChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "StaffLoginChallenge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppointmentService" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "durationMinutes" INTEGER NOT NULL DEFAULT 30,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "OpeningPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "weekday" INTEGER NOT NULL,
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "ClosedDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "BlockedSlot" (
    "serviceId" TEXT NOT NULL,
    "start" DATETIME NOT NULL,

    PRIMARY KEY ("serviceId", "start")
);

-- CreateTable
CREATE TABLE "SlotCount" (
    "serviceId" TEXT NOT NULL,
    "start" DATETIME NOT NULL,
    "booked" INTEGER NOT NULL,

    PRIMARY KEY ("serviceId", "start")
);

-- CreateTable
CREATE TABLE "Appointment" (
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
    "reminderQueuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sealed" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "claimedBy" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attachmentName" TEXT,
    "attachmentType" TEXT,
    "attachmentContent" TEXT
);
INSERT INTO "new_OutboxMessage" ("attempts", "availableAt", "body", "claimedAt", "claimedBy", "createdAt", "id", "lastError", "recipient", "sentAt", "status", "subject") SELECT "attempts", "availableAt", "body", "claimedAt", "claimedBy", "createdAt", "id", "lastError", "recipient", "sentAt", "status", "subject" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_status_availableAt_idx" ON "OutboxMessage"("status", "availableAt");
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
    "replied" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Request_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("accessCodeHash", "applicantName", "assigneeId", "closedAt", "createdAt", "dateOfBirthEnc", "details", "email", "id", "locale", "passportNumberEnc", "passportNumberIndex", "phone", "reference", "status", "type", "updatedAt", "urgent", "version") SELECT "accessCodeHash", "applicantName", "assigneeId", "closedAt", "createdAt", "dateOfBirthEnc", "details", "email", "id", "locale", "passportNumberEnc", "passportNumberIndex", "phone", "reference", "status", "type", "updatedAt", "urgent", "version" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_reference_key" ON "Request"("reference");
CREATE INDEX "Request_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");
CREATE INDEX "Request_status_urgent_replied_createdAt_id_idx" ON "Request"("status", "urgent" DESC, "replied" DESC, "createdAt", "id");
CREATE INDEX "Request_assigneeId_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("assigneeId", "closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");
CREATE INDEX "Request_replied_closedAt_urgent_createdAt_id_idx" ON "Request"("replied", "closedAt", "urgent" DESC, "createdAt", "id");
CREATE INDEX "Request_createdAt_id_idx" ON "Request"("createdAt", "id");
CREATE INDEX "Request_passportNumberIndex_idx" ON "Request"("passportNumberIndex");
CREATE TABLE "new_StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "totpSecretEnc" TEXT,
    "totpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "totpRequired" BOOLEAN NOT NULL DEFAULT false,
    "totpLastStep" INTEGER,
    "language" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_StaffUser" ("createdAt", "disabled", "email", "id", "name", "passwordHash", "role", "totpEnabled", "totpLastStep", "totpRequired", "totpSecretEnc") SELECT "createdAt", "disabled", "email", "id", "name", "passwordHash", "role", "totpEnabled", "totpLastStep", "totpRequired", "totpSecretEnc" FROM "StaffUser";
DROP TABLE "StaffUser";
ALTER TABLE "new_StaffUser" RENAME TO "StaffUser";
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StaffLoginChallenge_userId_idx" ON "StaffLoginChallenge"("userId");

-- CreateIndex
CREATE INDEX "OpeningPeriod_weekday_idx" ON "OpeningPeriod"("weekday");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_reference_key" ON "Appointment"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_activeKey_key" ON "Appointment"("activeKey");

-- CreateIndex
CREATE INDEX "Appointment_start_idx" ON "Appointment"("start");

-- CreateIndex
CREATE INDEX "Appointment_status_start_idx" ON "Appointment"("status", "start");

