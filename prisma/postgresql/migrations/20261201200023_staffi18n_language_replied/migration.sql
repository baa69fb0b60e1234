-- DropIndex
DROP INDEX "Request_assigneeId_closedAt_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_closedAt_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_status_urgent_createdAt_id_idx";

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "replied" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "language" TEXT;

-- CreateIndex
CREATE INDEX "Request_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_status_urgent_replied_createdAt_id_idx" ON "Request"("status", "urgent" DESC, "replied" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_assigneeId_closedAt_urgent_replied_createdAt_id_idx" ON "Request"("assigneeId", "closedAt", "urgent" DESC, "replied" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_replied_closedAt_urgent_createdAt_id_idx" ON "Request"("replied", "closedAt", "urgent" DESC, "createdAt", "id");

