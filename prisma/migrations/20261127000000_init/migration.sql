-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'to_be_confirmed',
    "reviewedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

