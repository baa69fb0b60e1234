/**
 * A clean appointment schedule for the integration tests: no bookings, holds, wait-list or
 * e-mails; one visa service (30 minutes, `capacity` places); open every day, all day, and
 * bookable until a slot starts, since the tests may run at any hour.
 */
import { db } from "../../app/lib/db/client";

export async function resetAppointments(capacity = 3): Promise<void> {
  for (const table of [
    db.waitlistEntry,
    db.appointment,
    db.slotCount,
    db.blockedSlot,
    db.openingPeriod,
    db.closedDay,
    db.outboxMessage,
    db.appointmentService,
  ] as { deleteMany: () => Promise<unknown> }[]) {
    await table.deleteMany();
  }
  await db.appointmentService.create({ data: { id: "visa", durationMinutes: 30, capacity } });
  await db.openingPeriod.createMany({
    data: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "00:00", closes: "23:30" })),
  });
  for (const [key, value] of [
    ["appointments.closesWorkingDaysBefore", 0],
    ["appointments.opensDaysAhead", 30],
  ] as const) {
    await db.setting.upsert({
      where: { key },
      create: { key, value: String(value) },
      update: { value: String(value) },
    });
  }
}

export const forgetAppointmentSettings = () =>
  db.setting.deleteMany({ where: { key: { startsWith: "appointments." } } });
