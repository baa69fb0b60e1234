-- DropIndex
DROP INDEX "Request_assigneeId_closedAt_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_closedAt_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_status_urgent_createdAt_id_idx";

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "replied" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StaffUser" DROP COLUMN "failedLogins",
DROP COLUMN "lockedUntil",
ADD COLUMN     "language" TEXT;

-- CreateTable
CREATE TABLE "StaffLoginChallenge" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffLoginChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffLoginChallenge_userId_idx" ON "StaffLoginChallenge"("userId");

-- CreateIndex
CREATE INDEX "Request_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_status_urgent_replied_createdAt_id_idx" ON "Request"("status", "urgent" DESC, "replied" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_assigneeId_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("assigneeId", "closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_replied_closedAt_urgent_createdAt_id_idx" ON "Request"("replied", "closedAt", "urgent" DESC, "createdAt", "id");

-- AddForeignKey
ALTER TABLE "StaffLoginChallenge" ADD CONSTRAINT "StaffLoginChallenge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

