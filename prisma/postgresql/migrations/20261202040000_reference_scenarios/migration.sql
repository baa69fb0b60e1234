-- CreateTable
CREATE TABLE "ReferenceScenario" (
    "id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "expected" TEXT NOT NULL,
    "creatorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceScenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReferenceScenario_createdAt_idx" ON "ReferenceScenario"("createdAt");

-- AddForeignKey
ALTER TABLE "ReferenceScenario" ADD CONSTRAINT "ReferenceScenario_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

