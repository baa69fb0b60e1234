/**
 * The staff side of appointments: a Karachi day's list (who comes, for what, when), marking a
 * visit attended or missed, booking or moving one on someone's behalf, and the day's slots,
 * which staff block or free (a freed slot is offered to the wait-list first); all audited
 * (identifiers only).
 */
import "server-only";
import {
  bookAppointment,
  endAppointment,
  moveBooking,
  type BookingResult,
  type MoveResult,
} from "../appointments/book";
import type { Booking } from "../appointments/booking-schema";
import { offerContext, offerFreePlaces } from "../appointments/waitlist";
import { activeServices, readSchedule } from "../appointments/schedule";
import { slotTimes } from "../appointments/slots";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { embassyInstant, endOfEmbassyDay, startOfEmbassyDay } from "../embassy-time";
import { recordAudit, type AuditEntry } from "./audit";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export type DayEntry = {
  id: string;
  reference: string;
  service: string;
  start: Date;
  name: string;
  phone: string;
  status: string;
  /** Null when the applicant booked; the staff member's name (null once the account is gone) otherwise. */
  bookedByStaff: { name: string | null } | null;
};

const ENTRY = {
  id: true,
  reference: true,
  serviceId: true,
  start: true,
  name: true,
  phone: true,
  status: true,
  bookedBy: true,
  bookedByStaff: { select: { name: true } },
} as const;
const entry = ({
  serviceId,
  bookedBy,
  bookedByStaff,
  ...row
}: Prisma.AppointmentGetPayload<{ select: typeof ENTRY }>): DayEntry => ({
  ...row,
  service: serviceId,
  bookedByStaff: bookedBy === "staff" ? { name: bookedByStaff?.name ?? null } : null,
});

export async function appointmentsOfDay(day: string): Promise<DayEntry[]> {
  return db.appointment
    .findMany({
      where: { start: { gte: startOfEmbassyDay(day), lt: endOfEmbassyDay(day) }, status: { not: "cancelled" } },
      orderBy: [{ start: "asc" }, { name: "asc" }],
      select: ENTRY,
    })
    .then((rows) => rows.map(entry));
}

/** Marks a booked visit attended or missed; false when it is not (or no longer) booked. */
export async function markAppointment(
  staff: VerifiedStaff,
  id: string,
  status: "attended" | "no_show",
): Promise<boolean> {
  assertCanWork(staff);
  return endAppointment(id, status, new Date(), {
    actor: { staffId: staff.id },
    action: `appointment.${status}`,
    targetType: "appointment",
    targetId: id,
  });
}

/** A booked visit to move: what the move page shows of it. */
export async function appointmentToMove(id: string): Promise<DayEntry | null> {
  const row = await db.appointment.findUnique({ where: { id }, select: ENTRY });
  return row?.status === "booked" ? entry(row) : null;
}

/** Moves a booked visit to another slot of its service, audited with the old and new times. */
export async function moveAppointment(staff: VerifiedStaff, id: string, to: Date, origin: string): Promise<MoveResult> {
  assertCanWork(staff);
  const from = (await db.appointment.findUnique({ where: { id }, select: { start: true } }))?.start;
  const result = await moveBooking(id, to, {
    origin,
    audit: {
      actor: { staffId: staff.id },
      action: "appointment.moved",
      targetType: "appointment",
      targetId: id,
      details: { from: from?.toISOString() ?? null, to: to.toISOString() },
    },
  });
  return result;
}

/**
 * Books someone (by phone, at the desk) into a slot: the same guarded place as a public
 * booking and the same one-active-booking-per-passport rule, into any future slot the hours
 * make; audited in the booking's transaction (book.ts).
 */
export async function bookOnBehalf(staff: VerifiedStaff, booking: Booking, origin: string): Promise<BookingResult> {
  assertCanWork(staff);
  return bookAppointment(booking, { origin, staffId: staff.id });
}

export type DaySlot = {
  service: string;
  start: Date;
  /** Places taken, those held for wait-list offers included. */
  booked: number;
  capacity: number;
  blocked: boolean;
  /** When each place held for a wait-list offer is released if unconfirmed (no visit is listed for it yet). */
  heldUntil: Date[];
};

/** Every slot of every active service on a day, with its places taken, those held for offers, and whether it is blocked. */
export async function slotsOfDay(day: string): Promise<DaySlot[]> {
  const range = { gte: startOfEmbassyDay(day), lt: endOfEmbassyDay(day) };
  const [services, schedule, counts, blocked, offers] = await Promise.all([
    activeServices(),
    readSchedule(),
    db.slotCount.findMany({ where: { start: range } }),
    db.blockedSlot.findMany({ where: { start: range } }),
    db.waitlistEntry.findMany({
      where: { status: "offered", offerStart: range },
      select: { serviceId: true, offerStart: true, offerExpiresAt: true },
      orderBy: { offerExpiresAt: "asc" },
    }),
  ]);
  const key = (service: string, start: Date) => `${service}|${start.getTime()}`;
  const taken = new Map(counts.map((c) => [key(c.serviceId, c.start), c.booked]));
  const isBlocked = new Set(blocked.map((b) => key(b.serviceId, b.start)));
  const heldUntil = new Map<string, Date[]>();
  for (const offer of offers) {
    const slot = key(offer.serviceId, offer.offerStart!);
    heldUntil.set(slot, [...(heldUntil.get(slot) ?? []), offer.offerExpiresAt!]);
  }
  return services.flatMap((service) =>
    slotTimes(day, service, schedule).map((time) => {
      const start = embassyInstant(day, time);
      return {
        service: service.id,
        start,
        booked: taken.get(key(service.id, start)) ?? 0,
        capacity: service.capacity,
        blocked: isBlocked.has(key(service.id, start)),
        heldUntil: heldUntil.get(key(service.id, start)) ?? [],
      };
    }),
  );
}

/** Takes a slot out of booking, or gives it back (bookings already made stay). Audited. */
export async function setSlotBlocked(
  staff: VerifiedStaff,
  serviceId: string,
  start: Date,
  blocked: boolean,
): Promise<void> {
  assertCanWork(staff);
  const audit: AuditEntry = {
    actor: { staffId: staff.id },
    action: blocked ? "appointments.slot_blocked" : "appointments.slot_freed",
    targetType: "slot",
    targetId: `${serviceId}@${start.toISOString()}`,
  };
  if (blocked) {
    await db.$transaction(async (tx) => {
      await tx.blockedSlot.upsert({
        where: { serviceId_start: { serviceId, start } },
        create: { serviceId, start },
        update: {},
      });
      await recordAudit(audit, tx);
    });
    return;
  }
  const freed = await db.$transaction(async (tx) => {
    const removed = await tx.blockedSlot.deleteMany({ where: { serviceId, start } });
    await recordAudit(audit, tx);
    return removed.count > 0;
  });
  // Its free places are offered to the people waiting for them at once (a booking made in between keeps its place).
  if (freed) await offerFreePlaces(serviceId, start, await offerContext());
}
