/**
 * Booking and cancelling. The database decides who gets the last place of a slot: the
 * booking increments the slot's count with one guarded upsert ("… DO UPDATE … WHERE booked <
 * capacity"), in the same transaction as the appointment row, so two people can never take
 * the last place, on SQLite (one writer at a time) and PostgreSQL (the row lock re-checks the
 * guard) alike. One active booking per passport number and service is a unique index.
 */
import "server-only";
import { blindIndex, encryptText } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { log } from "../log";
import { generateReference } from "../requests/reference";
import { generateAccessCode, hashAccessCode } from "../requests/access-codes";
import type { Booking } from "./booking-schema";
import { enqueueBookingEmail } from "./email";
import { findService, readSchedule } from "./schedule";
import { bookableDays, isSlotStart } from "./slots";
import { embassyDay } from "../embassy-time";
import { readSettings } from "../settings/read-settings";
import { recordAudit, type AuditEntry } from "../staff/audit";

export type BookingResult =
  | { ok: true; reference: string; accessCode: string; start: Date }
  | { ok: false; error: "notASlot" | "slotFull" | "alreadyBooked" };

/**
 * A burst of bookings for one popular slot queues for the pool's connections: Prisma's default
 * 2 s wait for one failed bookings under load (PostgreSQL, 50 at once on a busy machine) with
 * an error instead of a 409. The transaction itself is three short statements.
 */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

const activeKey = (serviceId: string, passportIndex: string) => `${serviceId}:${passportIndex}`;

/** Takes one place of a slot, or none when it is full: true when a place was taken. */
async function takePlace(tx: Prisma.TransactionClient, serviceId: string, start: Date, capacity: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ booked: number | bigint }[]>`
    INSERT INTO "SlotCount" ("serviceId", "start", "booked") VALUES (${serviceId}, ${start}, 1)
    ON CONFLICT ("serviceId", "start") DO UPDATE SET "booked" = "SlotCount"."booked" + 1
    WHERE "SlotCount"."booked" < ${capacity}
    RETURNING "booked"`;
  return rows.length === 1;
}

class Refused extends Error {
  constructor(readonly reason: "slotFull" | "alreadyBooked") {
    super(reason);
  }
}

export async function bookAppointment(booking: Booking, { origin, now = new Date(), bookedBy = "applicant" }: { origin: string; now?: Date; bookedBy?: string }): Promise<BookingResult> {
  const start = new Date(booking.start);
  const service = await findService(booking.service);
  const [schedule, settings] = await Promise.all([readSchedule(), readSettings()]);
  if (!service || !isSlotStart(start, service, schedule) || start <= now || !bookableDays(embassyDay(start), embassyDay(start), schedule, now).length) {
    return { ok: false, error: "notASlot" };
  }
  if (await db.blockedSlot.findUnique({ where: { serviceId_start: { serviceId: service.id, start } } })) return { ok: false, error: "slotFull" };

  const passportIndex = blindIndex(booking.passportNumber);
  const accessCode = generateAccessCode();
  for (let attempt = 0; ; attempt++) {
    const reference = generateReference();
    try {
      await db.$transaction(async (tx) => {
        if (!(await takePlace(tx, service.id, start, service.capacity))) throw new Refused("slotFull");
        await tx.appointment.create({
          data: {
            reference,
            accessCodeHash: hashAccessCode(accessCode),
            serviceId: service.id,
            start,
            locale: booking.locale,
            name: booking.name,
            email: booking.email,
            phone: booking.phone,
            passportNumberEnc: encryptText(booking.passportNumber),
            passportNumberIndex: passportIndex,
            purpose: booking.purpose ?? null,
            activeKey: activeKey(service.id, passportIndex),
            bookedBy,
          },
        });
        await enqueueBookingEmail(tx, { recipient: booking.email, locale: booking.locale, reference, service: service.id, start, durationMinutes: service.durationMinutes, origin, address: settings["embassy.address"].value });
      }, TRANSACTION_LIMITS);
      log.info({ event: "appointment.booked", reference, service: service.id });
      return { ok: true, reference, accessCode, start };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, error: error.reason };
      if ((error as { code?: string }).code !== "P2002") throw error;
      // A unique index refused the row: this passport's active booking, or (rarely) a reference drawn twice.
      if (await db.appointment.findUnique({ where: { activeKey: activeKey(service.id, passportIndex) } })) return { ok: false, error: "alreadyBooked" };
      if (attempt >= 3) throw error;
    }
  }
}

/** Ends an active booking (cancelled, attended, no-show) and gives its place back when it was cancelled; a staff change's `audit` row is written in the same transaction. */
export async function endAppointment(id: string, status: "cancelled" | "attended" | "no_show", now = new Date(), audit?: AuditEntry): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const appointment = await tx.appointment.findUnique({ where: { id } });
    if (!appointment) return false;
    // Guarded on the status read: of two concurrent changes, one wins.
    const moved = await tx.appointment.updateMany({
      where: { id, status: "booked" },
      data: { status, activeKey: null, ...(status === "cancelled" ? { cancelledAt: now } : {}) },
    });
    if (moved.count !== 1) return false;
    if (status === "cancelled") {
      await tx.slotCount.updateMany({ where: { serviceId: appointment.serviceId, start: appointment.start, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
    }
    if (audit) await recordAudit(audit, tx);
    return true;
  });
}

export type MoveResult = "moved" | "notASlot" | "slotFull" | "notBooked";

/**
 * Moves a booked visit to another slot of its service (staff, on the applicant's behalf): the
 * new place is taken with the same guarded upsert as a booking and the old one given back, in
 * one transaction guarded on the booking's status and time, so of two concurrent moves one
 * wins. Staff may move into any future slot the hours make, outside the public's window too,
 * but not into a blocked one. The applicant gets the confirmation again, with the new time
 * and calendar file, and the reminder is queued for the new day.
 */
export async function moveBooking(id: string, to: Date, { origin, now = new Date(), audit }: { origin: string; now?: Date; audit?: AuditEntry }): Promise<MoveResult> {
  const appointment = await db.appointment.findUnique({ where: { id } });
  if (!appointment || appointment.status !== "booked") return "notBooked";
  const service = await findService(appointment.serviceId);
  const [schedule, settings] = await Promise.all([readSchedule(), readSettings()]);
  if (!service || to <= now || to.getTime() === appointment.start.getTime() || !isSlotStart(to, service, schedule)) return "notASlot";
  if (await db.blockedSlot.findUnique({ where: { serviceId_start: { serviceId: service.id, start: to } } })) return "slotFull";
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.appointment.updateMany({ where: { id, status: "booked", start: appointment.start }, data: { start: to, reminderQueuedAt: null } });
      if (moved.count !== 1) throw new Refused("alreadyBooked");
      if (!(await takePlace(tx, service.id, to, service.capacity))) throw new Refused("slotFull");
      await tx.slotCount.updateMany({ where: { serviceId: service.id, start: appointment.start, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
      await enqueueBookingEmail(tx, { recipient: appointment.email, locale: appointment.locale, reference: appointment.reference, service: service.id, start: to, durationMinutes: service.durationMinutes, origin, address: settings["embassy.address"].value });
      if (audit) await recordAudit(audit, tx);
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (error instanceof Refused) return error.reason === "slotFull" ? "slotFull" : "notBooked";
    throw error;
  }
  log.info({ event: "appointment.moved", reference: appointment.reference, service: service.id });
  return "moved";
}
