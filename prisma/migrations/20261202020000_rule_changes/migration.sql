-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "listUnsubscribe" TEXT;

-- CreateTable
CREATE TABLE "ChangeProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
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
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "PublishedVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "effectiveDay" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "approvedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "alertsQueuedAt" DATETIME,
    CONSTRAINT "PublishedVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ChangeProposal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastNoticeAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editor" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_StaffUser" ("createdAt", "disabled", "email", "id", "language", "name", "passwordHash", "role", "totpEnabled", "totpLastStep", "totpRequired", "totpSecretEnc") SELECT "createdAt", "disabled", "email", "id", "language", "name", "passwordHash", "role", "totpEnabled", "totpLastStep", "totpRequired", "totpSecretEnc" FROM "StaffUser";
DROP TABLE "StaffUser";
ALTER TABLE "new_StaffUser" RENAME TO "StaffUser";
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ChangeProposal_status_createdAt_idx" ON "ChangeProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeProposal_kind_targetId_createdAt_idx" ON "ChangeProposal"("kind", "targetId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedVersion_proposalId_key" ON "PublishedVersion"("proposalId");

-- CreateIndex
CREATE INDEX "PublishedVersion_kind_targetId_effectiveDay_idx" ON "PublishedVersion"("kind", "targetId", "effectiveDay");

-- CreateIndex
CREATE INDEX "PublishedVersion_effectiveDay_idx" ON "PublishedVersion"("effectiveDay");

-- CreateIndex
CREATE INDEX "PublishedVersion_alertsQueuedAt_effectiveDay_idx" ON "PublishedVersion"("alertsQueuedAt", "effectiveDay");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedVersion_kind_targetId_number_key" ON "PublishedVersion"("kind", "targetId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeAlert_tokenHash_key" ON "ChangeAlert"("tokenHash");

-- CreateIndex
CREATE INDEX "ChangeAlert_topic_confirmedAt_idx" ON "ChangeAlert"("topic", "confirmedAt");

-- CreateIndex
CREATE INDEX "ChangeAlert_lastNoticeAt_idx" ON "ChangeAlert"("lastNoticeAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeAlert_email_topic_key" ON "ChangeAlert"("email", "topic");

