-- The change flow's kind and status become enums, its payloads JSONB, its people foreign keys (an
-- account with proposals or versions cannot be deleted); an appointment's "staff:<id>" booker
-- becomes bookedBy 'staff' and bookedByStaffId <id> (null when that account no longer exists).
-- `migrate diff` would drop and re-add each column whose type changes, losing its values: each is
-- converted in place instead (ALTER COLUMN … TYPE … USING), its indexes kept.

-- CreateEnum
CREATE TYPE "AppointmentBooker" AS ENUM ('applicant', 'staff');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('rule', 'content');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('draft', 'proposed', 'sent_back', 'scheduled', 'published', 'withdrawn');

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN "bookedByStaffId" TEXT;
UPDATE "Appointment" SET "bookedByStaffId" = substr("bookedBy", 7)
  WHERE "bookedBy" LIKE 'staff:%' AND substr("bookedBy", 7) IN (SELECT "id" FROM "StaffUser");
ALTER TABLE "Appointment"
  ALTER COLUMN "bookedBy" DROP DEFAULT,
  ALTER COLUMN "bookedBy" TYPE "AppointmentBooker"
    USING (CASE WHEN "bookedBy" LIKE 'staff:%' THEN 'staff' ELSE 'applicant' END)::"AppointmentBooker",
  ALTER COLUMN "bookedBy" SET DEFAULT 'applicant';

-- AlterTable
ALTER TABLE "ChangeProposal"
  ALTER COLUMN "kind" TYPE "ChangeKind" USING "kind"::"ChangeKind",
  ALTER COLUMN "payload" TYPE JSONB USING "payload"::jsonb,
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ProposalStatus" USING "status"::"ProposalStatus",
  ALTER COLUMN "status" SET DEFAULT 'proposed';

-- AlterTable
ALTER TABLE "PublishedVersion"
  ALTER COLUMN "kind" TYPE "ChangeKind" USING "kind"::"ChangeKind",
  ALTER COLUMN "payload" TYPE JSONB USING "payload"::jsonb;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_bookedByStaffId_fkey" FOREIGN KEY ("bookedByStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeProposal" ADD CONSTRAINT "ChangeProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeProposal" ADD CONSTRAINT "ChangeProposal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedVersion" ADD CONSTRAINT "PublishedVersion_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedVersion" ADD CONSTRAINT "PublishedVersion_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
