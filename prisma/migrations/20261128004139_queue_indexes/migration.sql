-- DropIndex
DROP INDEX "Request_closedAt_idx";

-- DropIndex
DROP INDEX "Request_assigneeId_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_status_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "Request_closedAt_urgent_createdAt_id_idx" ON "Request"("closedAt", "urgent" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_status_urgent_createdAt_id_idx" ON "Request"("status", "urgent" DESC, "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_assigneeId_closedAt_urgent_createdAt_id_idx" ON "Request"("assigneeId", "closedAt", "urgent" DESC, "createdAt", "id");

