/**
 * A slot's places, counted in SlotCount. Taking one is a single guarded upsert ("… DO UPDATE
 * … WHERE booked < capacity"), so the database decides who gets the last place, on SQLite
 * (one writer at a time) and PostgreSQL (the row lock re-checks the guard) alike.
 */
import "server-only";
import type { Prisma } from "../db/generated/client";

/** Takes one place of a slot, or none when it is full: true when a place was taken. */
export async function takePlace(
  tx: Prisma.TransactionClient,
  serviceId: string,
  start: Date,
  capacity: number,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ booked: number | bigint }[]>`
    INSERT INTO "SlotCount" ("serviceId", "start", "booked") VALUES (${serviceId}, ${start}, 1)
    ON CONFLICT ("serviceId", "start") DO UPDATE SET "booked" = "SlotCount"."booked" + 1
    WHERE "SlotCount"."booked" < ${capacity}
    RETURNING "booked"`;
  return rows.length === 1;
}

/** Gives one place of a slot back to everyone. */
export async function givePlaceBack(tx: Prisma.TransactionClient, serviceId: string, start: Date): Promise<void> {
  await tx.slotCount.updateMany({ where: { serviceId, start, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
}
