-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "fromDay" TEXT NOT NULL,
    "toDay" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offerStart" DATETIME,
    "offerTokenHash" TEXT,
    "offeredAt" DATETIME,
    "offerExpiresAt" DATETIME,
    "appointmentId" TEXT,
    CONSTRAINT "WaitlistEntry_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "start" DATETIME NOT NULL,
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
    "reminderQueuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    "requestId" TEXT,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "AppointmentService" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("accessCodeHash", "activeKey", "bookedBy", "cancelledAt", "createdAt", "email", "id", "locale", "name", "passportNumberEnc", "passportNumberIndex", "phone", "purpose", "reference", "reminderQueuedAt", "serviceId", "start", "status") SELECT "accessCodeHash", "activeKey", "bookedBy", "cancelledAt", "createdAt", "email", "id", "locale", "name", "passportNumberEnc", "passportNumberIndex", "phone", "purpose", "reference", "reminderQueuedAt", "serviceId", "start", "status" FROM "Appointment";
DROP TABLE "Appointment";
ALTER TABLE "new_Appointment" RENAME TO "Appointment";
CREATE UNIQUE INDEX "Appointment_reference_key" ON "Appointment"("reference");
CREATE UNIQUE INDEX "Appointment_activeKey_key" ON "Appointment"("activeKey");
CREATE INDEX "Appointment_start_idx" ON "Appointment"("start");
CREATE INDEX "Appointment_status_start_idx" ON "Appointment"("status", "start");
CREATE INDEX "Appointment_requestId_idx" ON "Appointment"("requestId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_offerTokenHash_key" ON "WaitlistEntry"("offerTokenHash");

-- CreateIndex
CREATE INDEX "WaitlistEntry_serviceId_status_createdAt_idx" ON "WaitlistEntry"("serviceId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_status_offerExpiresAt_idx" ON "WaitlistEntry"("status", "offerExpiresAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_toDay_idx" ON "WaitlistEntry"("toDay");

