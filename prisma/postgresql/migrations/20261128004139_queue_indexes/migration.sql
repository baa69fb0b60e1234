-- DropIndex
DROP INDEX "Request_closedAt_idx";

-- DropIndex
DROP INDEX "Request_status_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "Request_closedAt_urgent_createdAt_id_idx" ON "Request"("closedAt", "urgent", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Request_status_urgent_createdAt_id_idx" ON "Request"("status", "urgent", "createdAt", "id");

