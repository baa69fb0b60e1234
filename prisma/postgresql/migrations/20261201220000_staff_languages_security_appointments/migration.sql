-- DropIndex
DROP INDEX "Request_assigneeId_closedAt_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_closedAt_urgent_createdAt_id_idx";

-- DropIndex
DROP INDEX "Request_status_urgent_createdAt_id_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attachmentContent" TEXT,
ADD COLUMN     "attachmentName" TEXT,
ADD COLUMN     "attachmentType" TEXT,
ADD COLUMN     "sealed" BOOLEAN NOT NULL DEFAULT false;

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

-- CreateTable
CREATE TABLE "AppointmentService" (
    "id" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 30,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppointmentService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningPeriod" (
    "id" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OpeningPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosedDay" (
    "day" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ClosedDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "BlockedSlot" (
    "serviceId" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BlockedSlot_pkey" PRIMARY KEY ("serviceId","start")
);

-- CreateTable
CREATE TABLE "SlotCount" (
    "serviceId" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "booked" INTEGER NOT NULL,

    CONSTRAINT "SlotCount_pkey" PRIMARY KEY ("serviceId","start")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'booked',
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "passportNumberEnc" TEXT NOT NULL,
    "passportNumberIndex" TEXT NOT NULL,
    "purpose" TEXT,
    "activeKey" TEXT,
    "bookedBy" TEXT NOT NULL DEFAULT 'applicant',
    "reminderQueuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffLoginChallenge_userId_idx" ON "StaffLoginChallenge"("userId");

-- CreateIndex
CREATE INDEX "OpeningPeriod_weekday_idx" ON "OpeningPeriod"("weekday");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_reference_key" ON "Appointment"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_activeKey_key" ON "Appointment"("activeKey");

-- CreateIndex
CREATE INDEX "Appointment_start_idx" ON "Appointment"("start");

-- CreateIndex
CREATE INDEX "Appointment_status_start_idx" ON "Appointment"("status", "start");

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

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

