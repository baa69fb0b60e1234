-- One wait-list entry per service and address while it is active (activeKey: the service and the address's
-- blind index, set by the app, which alone holds the key; entries made before this migration have none), and
-- the person's own "no" to an offer (status declined).
-- AlterEnum
ALTER TYPE "WaitlistStatus" ADD VALUE 'declined';

-- AlterTable
ALTER TABLE "WaitlistEntry" ADD COLUMN     "activeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_activeKey_key" ON "WaitlistEntry"("activeKey");

