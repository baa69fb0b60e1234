/**
 * Booking and cancelling. The database decides who gets the last place of a slot: the
 * booking takes a place with one guarded upsert (places.ts) in the same transaction as the
 * appointment row, so two people can never take the last place. One active booking per
 * passport number and service is a unique index. A place let go (a cancellation, a move) goes
 * to the wait-list first (waitlist.ts); a wait-list offer's booking uses the place held for it.
 */
import "server-only";
import { appointmentKey } from "./active-keys";
import { blindIndex, encryptText } from "../crypto/protect";
import { db } from "../db/client";
import { log } from "../log";
import { generateReference } from "../requests/reference";
import { generateAccessCode, hashAccessCode } from "../requests/access-codes";
import type { TrackingAccess } from "../requests/tracking-access";
import type { Booking } from "./booking-schema";
import { enqueueBookingEmail } from "./email";
import { findService, readSchedule } from "./schedule";
import { takePlace } from "./places";
import { bookableDays, isSlotStart } from "./slots";
import { claimOffer, offerContext, releasePlace } from "./waitlist";
import { embassyDay } from "../embassy-time";
import { readSettings } from "../settings/read-settings";
import { recordAudit, type AuditEntry } from "../staff/audit";

export type BookingResult =
  | { ok: true; reference: string; accessCode: string; start: Date }
  | { ok: false; error: "notASlot" | "slotFull" | "alreadyBooked" | "offerGone" };

/**
 * A burst of bookings for one popular slot queues for the pool's connections: Prisma's default
 * 2 s wait for one failed bookings under load (PostgreSQL, 50 at once on a busy machine) with
 * an error instead of a 409. The transaction itself is three short statements.
 */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

class Refused extends Error {
  constructor(readonly reason: "slotFull" | "alreadyBooked" | "offerGone") {
    super(reason);
  }
}

export type BookingOptions = {
  origin: string;
  now?: Date;
  /** A staff member booking on the person's behalf: any future slot the hours make (not only the public's window), audited. */
  staffId?: string;
  /** The wait-list offer being confirmed: its held place is used instead of taking one. */
  offerId?: string;
  /** The request this visit is for: only with a proof of access to it (tracking-access.ts). */
  request?: TrackingAccess | null;
};

export async function bookAppointment(
  booking: Booking,
  { origin, now = new Date(), staffId, offerId, request }: BookingOptions,
): Promise<BookingResult> {
  const start = new Date(booking.start);
  const service = await findService(booking.service);
  const [schedule, settings] = await Promise.all([readSchedule(), readSettings()]);
  // Staff and wait-list offers are not bound by the public's booking window, only by the hours.
  const publicWindow = !staffId && !offerId;
  if (
    !service ||
    !isSlotStart(start, service, schedule) ||
    start <= now ||
    (publicWindow && !bookableDays(embassyDay(start), embassyDay(start), schedule, now).length)
  ) {
    return { ok: false, error: "notASlot" };
  }
  // An offer's place was held before a block could matter; anyone else's slot must not be blocked.
  if (!offerId && (await db.blockedSlot.findUnique({ where: { serviceId_start: { serviceId: service.id, start } } })))
    return { ok: false, error: "slotFull" };

  const passportIndex = blindIndex(booking.passportNumber);
  const accessCode = generateAccessCode();
  for (let attempt = 0; ; attempt++) {
    const reference = generateReference();
    try {
      await db.$transaction(async (tx) => {
        if (!offerId && !(await takePlace(tx, service.id, start, service.capacity))) throw new Refused("slotFull");
        const created = await tx.appointment.create({
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
            activeKey: appointmentKey(service.id, passportIndex),
            bookedBy: staffId ? "staff" : "applicant",
            bookedByStaffId: staffId ?? null,
            requestId: request?.requestId ?? null,
          },
          select: { id: true },
        });
        if (offerId && !(await claimOffer(tx, offerId, start, created.id, now))) throw new Refused("offerGone");
        if (staffId)
          await recordAudit(
            {
              actor: { staffId },
              action: "appointment.booked_on_behalf",
              targetType: "appointment",
              targetId: created.id,
              details: { service: service.id, start: start.toISOString() },
            },
            tx,
          );
        await enqueueBookingEmail(tx, {
          recipient: booking.email,
          locale: booking.locale,
          reference,
          service: service.id,
          start,
          durationMinutes: service.durationMinutes,
          origin,
          address: settings["embassy.address"].value,
        });
      }, TRANSACTION_LIMITS);
      log.info({ event: "appointment.booked", reference, service: service.id });
      return { ok: true, reference, accessCode, start };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, error: error.reason };
      if ((error as { code?: string }).code !== "P2002") throw error;
      // A unique index refused the row: this passport's active booking, or (rarely) a reference drawn twice.
      if (await db.appointment.findUnique({ where: { activeKey: appointmentKey(service.id, passportIndex) } }))
        return { ok: false, error: "alreadyBooked" };
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Ends an active booking (cancelled, attended, no-show); a cancelled one's place goes to the wait-list, or back to
 * everyone. A staff change's `audit` row is written in the same transaction.
 */
export async function endAppointment(
  id: string,
  status: "cancelled" | "attended" | "no_show",
  now = new Date(),
  audit?: AuditEntry,
): Promise<boolean> {
  const context = status === "cancelled" ? await offerContext(now) : null;
  return db.$transaction(async (tx) => {
    const appointment = await tx.appointment.findUnique({ where: { id } });
    if (!appointment) return false;
    // Guarded on the status read: of two concurrent changes, one wins.
    const moved = await tx.appointment.updateMany({
      where: { id, status: "booked" },
      data: { status, activeKey: null, ...(status === "cancelled" ? { cancelledAt: now } : {}) },
    });
    if (moved.count !== 1) return false;
    if (context) await releasePlace(tx, appointment.serviceId, appointment.start, context);
    if (audit) await recordAudit(audit, tx);
    return true;
  });
}

export type MoveResult = "moved" | "notASlot" | "slotFull" | "notBooked";

/**
 * Moves a booked visit to another slot of its service (staff, on the applicant's behalf): the
 * new place is taken with the same guarded upsert as a booking and the old one given back, in
 * one transaction guarded on the booking's status and time, so of two concurrent moves one
 * wins; the old place goes to the wait-list first. Staff may move into any future slot the hours make, outside the public's window too,
 * but not into a blocked one. The applicant gets the confirmation again, with the new time
 * and calendar file, and the reminder is queued for the new day.
 */
export async function moveBooking(
  id: string,
  to: Date,
  { origin, now = new Date(), audit }: { origin: string; now?: Date; audit?: AuditEntry },
): Promise<MoveResult> {
  const appointment = await db.appointment.findUnique({ where: { id } });
  if (!appointment || appointment.status !== "booked") return "notBooked";
  const service = await findService(appointment.serviceId);
  const [schedule, settings, context] = await Promise.all([readSchedule(), readSettings(), offerContext(now, origin)]);
  if (!service || to <= now || to.getTime() === appointment.start.getTime() || !isSlotStart(to, service, schedule))
    return "notASlot";
  if (await db.blockedSlot.findUnique({ where: { serviceId_start: { serviceId: service.id, start: to } } }))
    return "slotFull";
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.appointment.updateMany({
        where: { id, status: "booked", start: appointment.start },
        data: { start: to, reminderQueuedAt: null },
      });
      if (moved.count !== 1) throw new Refused("alreadyBooked");
      if (!(await takePlace(tx, service.id, to, service.capacity))) throw new Refused("slotFull");
      await releasePlace(tx, service.id, appointment.start, context);
      await enqueueBookingEmail(tx, {
        recipient: appointment.email,
        locale: appointment.locale,
        reference: appointment.reference,
        service: service.id,
        start: to,
        durationMinutes: service.durationMinutes,
        origin,
        address: settings["embassy.address"].value,
        sequence: Math.max(1, Math.floor((now.getTime() - appointment.createdAt.getTime()) / 1000)),
      });
      if (audit) await recordAudit(audit, tx);
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (error instanceof Refused) return error.reason === "slotFull" ? "slotFull" : "notBooked";
    throw error;
  }
  log.info({ event: "appointment.moved", reference: appointment.reference, service: service.id });
  return "moved";
}
