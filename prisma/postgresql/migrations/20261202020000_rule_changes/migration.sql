-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "listUnsubscribe" TEXT;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "editor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ChangeProposal" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChangeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedVersion" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "effectiveDay" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "alertsQueuedAt" TIMESTAMP(3),

    CONSTRAINT "PublishedVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeAlert" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastNoticeAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeAlert_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "PublishedVersion" ADD CONSTRAINT "PublishedVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "ChangeProposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

