-- Written by hand from `prisma migrate diff`, which drops and re-adds every column whose type
-- changes (losing its values): here each column is converted in place (ALTER COLUMN … TYPE …
-- USING), its indexes rebuilt by PostgreSQL itself. "staff:<id>" request-event actors become
-- actor 'staff' and actorStaffId <id> (null when that account no longer exists); an audit row
-- with an actorId was a staff member's, one without was the public's (failed or throttled
-- sign-ins) or the system's (the shell, jobs).

-- CreateEnum
CREATE TYPE "SettingStatus" AS ENUM ('confirmed', 'to_be_confirmed');
CREATE TYPE "RequestType" AS ENUM ('consular_registration', 'legalization', 'certificate_of_return', 'invitation', 'bereavement', 'general_inquiry');
CREATE TYPE "RequestStatus" AS ENUM ('received', 'in_review', 'needs_information', 'completed', 'rejected', 'withdrawn');
CREATE TYPE "EventKind" AS ENUM ('submitted', 'status_changed', 'message', 'applicant_reply', 'note');
CREATE TYPE "EventActor" AS ENUM ('applicant', 'system', 'staff');
CREATE TYPE "AuditActor" AS ENUM ('staff', 'public', 'system');
CREATE TYPE "StaffRole" AS ENUM ('officer', 'admin');
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'logged', 'failed');
CREATE TYPE "AppointmentStatus" AS ENUM ('booked', 'cancelled', 'attended', 'no_show');

-- AlterTable: a column with a default loses it while its type changes (the old default is text).
ALTER TABLE "Setting"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "SettingStatus" USING "status"::"SettingStatus",
  ALTER COLUMN "status" SET DEFAULT 'to_be_confirmed';
ALTER TABLE "SettingChange" ALTER COLUMN "status" TYPE "SettingStatus" USING "status"::"SettingStatus";

ALTER TABLE "Request"
  ALTER COLUMN "type" TYPE "RequestType" USING "type"::"RequestType",
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "RequestStatus" USING "status"::"RequestStatus",
  ALTER COLUMN "status" SET DEFAULT 'received',
  ALTER COLUMN "details" TYPE JSONB USING "details"::jsonb;

ALTER TABLE "RequestEvent" ADD COLUMN "actorStaffId" TEXT;
UPDATE "RequestEvent" SET "actorStaffId" = substr("actor", 7)
  WHERE "actor" LIKE 'staff:%' AND substr("actor", 7) IN (SELECT "id" FROM "StaffUser");
ALTER TABLE "RequestEvent"
  ALTER COLUMN "kind" TYPE "EventKind" USING "kind"::"EventKind",
  ALTER COLUMN "fromStatus" TYPE "RequestStatus" USING "fromStatus"::"RequestStatus",
  ALTER COLUMN "toStatus" TYPE "RequestStatus" USING "toStatus"::"RequestStatus",
  ALTER COLUMN "actor" TYPE "EventActor" USING (CASE WHEN "actor" LIKE 'staff:%' THEN 'staff' ELSE "actor" END)::"EventActor";
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Draft" ALTER COLUMN "type" TYPE "RequestType" USING "type"::"RequestType";

ALTER TABLE "OutboxMessage"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "OutboxStatus" USING "status"::"OutboxStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "StaffUser" ALTER COLUMN "role" TYPE "StaffRole" USING "role"::"StaffRole";

ALTER TABLE "Appointment"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "AppointmentStatus" USING "status"::"AppointmentStatus",
  ALTER COLUMN "status" SET DEFAULT 'booked';

-- The audit trail: its append-only triggers are lifted only for this migration's own changes
-- (within its transaction) and put back below.
DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent";
DROP TRIGGER "AuditEvent_no_delete" ON "AuditEvent";
ALTER TABLE "AuditEvent" RENAME COLUMN "actorId" TO "actorStaffId";
ALTER INDEX "AuditEvent_actorId_at_idx" RENAME TO "AuditEvent_actorStaffId_at_idx";
ALTER TABLE "AuditEvent" ADD COLUMN "actor" "AuditActor";
UPDATE "AuditEvent" SET "actor" = (CASE WHEN "actorStaffId" IS NOT NULL THEN 'staff' WHEN "action" IN ('staff.login_failed', 'staff.login_throttled') THEN 'public' ELSE 'system' END)::"AuditActor";
UPDATE "AuditEvent" SET "actorStaffId" = NULL WHERE "actorStaffId" NOT IN (SELECT "id" FROM "StaffUser");
ALTER TABLE "AuditEvent"
  ALTER COLUMN "actor" SET NOT NULL,
  ALTER COLUMN "details" TYPE JSONB USING "details"::jsonb;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit trail stays append-only: the database refuses to change or remove a row. The one
-- change let through is its foreign key's own, actorStaffId set to null when an account row is
-- deleted (the app disables accounts, it never deletes them). A column added to AuditEvent must
-- be added to the first trigger's list.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE OF "id", "at", "actor", "action", "targetType", "targetId", "details" ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_actor_kept" BEFORE UPDATE OF "actorStaffId" ON "AuditEvent"
  FOR EACH ROW WHEN (NEW."actorStaffId" IS NOT NULL) EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
