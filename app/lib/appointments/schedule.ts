/**
 * The Embassy's appointment schedule from the database: services, opening periods, closed
 * days and the booking window (settings), and the free slots the public sees.
 */
import "server-only";
import { db } from "../db/client";
import { endOfEmbassyDay, startOfEmbassyDay } from "../embassy-time";
import { readSettings } from "../settings/read-settings";
import { freeSlots, type Schedule, type Slot, type SlotService } from "./slots";

export async function readSchedule(): Promise<Schedule> {
  const [periods, closed, settings] = await Promise.all([
    db.openingPeriod.findMany({ select: { weekday: true, opens: true, closes: true } }),
    db.closedDay.findMany({ select: { day: true } }),
    readSettings(),
  ]);
  return {
    periods,
    closedDays: new Set(closed.map((c) => c.day)),
    window: {
      opensDaysAhead: settings["appointments.opensDaysAhead"].value,
      closesWorkingDaysBefore: settings["appointments.closesWorkingDaysBefore"].value,
    },
  };
}

/** An active service that takes appointments, or null. */
export async function findService(id: string): Promise<SlotService | null> {
  const service = await db.appointmentService.findUnique({ where: { id } });
  return service?.active
    ? { id: service.id, durationMinutes: service.durationMinutes, capacity: service.capacity }
    : null;
}

export async function activeServices(): Promise<SlotService[]> {
  return db.appointmentService.findMany({
    where: { active: true },
    orderBy: { sortOrder: "asc" },
    select: { id: true, durationMinutes: true, capacity: true },
  });
}

/** Whether any opening period is demo mode's: the pages then say the schedule is an example. */
export async function scheduleIsDemo(): Promise<boolean> {
  return (await db.openingPeriod.count({ where: { demo: true } })) > 0;
}

/** Free slots of a service between two Karachi days (inclusive), as the public sees them. */
export async function findFreeSlots(service: SlotService, from: string, to: string, now = new Date()): Promise<Slot[]> {
  const range = { gte: startOfEmbassyDay(from), lt: endOfEmbassyDay(to) };
  const [schedule, counts, blocked] = await Promise.all([
    readSchedule(),
    db.slotCount.findMany({ where: { serviceId: service.id, start: range } }),
    db.blockedSlot.findMany({ where: { serviceId: service.id, start: range } }),
  ]);
  return freeSlots({
    service,
    schedule,
    from,
    to,
    now,
    taken: new Map(counts.map((c) => [c.start.getTime(), c.booked])),
    blocked: new Set(blocked.map((b) => b.start.getTime())),
  });
}
