-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "sealed" BOOLEAN NOT NULL DEFAULT false;

