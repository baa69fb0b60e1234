-- CreateTable
CREATE TABLE "ReferenceScenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "description" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "expected" TEXT NOT NULL,
    "creatorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReferenceScenario_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReferenceScenario_createdAt_idx" ON "ReferenceScenario"("createdAt");

