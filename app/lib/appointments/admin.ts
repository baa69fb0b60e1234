/**
 * The Embassy's schedule, as admins enter it: each service's duration, places and whether it
 * takes bookings; opening periods per weekday; closed days (holidays of either country: the
 * Embassy's to enter, nothing is preset). Every change is audited; the role is checked again here.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { recordAudit } from "../staff/audit";
import { assertAdmin, type VerifiedStaff } from "../staff/sessions";
import { SERVICE_IDS } from "./slots";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const serviceInput = z.object({
  id: z.enum(SERVICE_IDS),
  durationMinutes: z.coerce.number().int().min(5).max(240),
  capacity: z.coerce.number().int().min(1).max(50),
  active: z.boolean(),
});
export const periodInput = z
  .object({ weekday: z.coerce.number().int().min(0).max(6), opens: time, closes: time })
  .refine((p) => p.opens < p.closes);
export const closedDayInput = z.object({ day: z.iso.date(), reason: z.string().trim().max(200) });

export async function scheduleForAdmin(admin: VerifiedStaff) {
  assertAdmin(admin);
  const [services, periods, closedDays] = await Promise.all([
    db.appointmentService.findMany({ orderBy: { sortOrder: "asc" } }),
    db.openingPeriod.findMany({ orderBy: [{ weekday: "asc" }, { opens: "asc" }] }),
    db.closedDay.findMany({ orderBy: { day: "asc" } }),
  ]);
  return { services, periods, closedDays };
}

export async function saveService(admin: VerifiedStaff, input: z.infer<typeof serviceInput>): Promise<void> {
  assertAdmin(admin);
  const { id, ...data } = input;
  await db.$transaction(async (tx) => {
    await tx.appointmentService.update({ where: { id }, data });
    await recordAudit(
      {
        actor: { staffId: admin.id },
        action: "appointments.service_changed",
        targetType: "appointment_service",
        targetId: id,
        details: data,
      },
      tx,
    );
  });
}

export async function addPeriod(admin: VerifiedStaff, input: z.infer<typeof periodInput>): Promise<void> {
  assertAdmin(admin);
  await db.$transaction(async (tx) => {
    const period = await tx.openingPeriod.create({ data: input });
    await recordAudit(
      {
        actor: { staffId: admin.id },
        action: "appointments.period_added",
        targetType: "opening_period",
        targetId: period.id,
        details: input,
      },
      tx,
    );
  });
}

export async function removePeriod(admin: VerifiedStaff, id: string): Promise<void> {
  assertAdmin(admin);
  await db.$transaction(async (tx) => {
    const removed = await tx.openingPeriod.deleteMany({ where: { id } });
    if (removed.count)
      await recordAudit(
        {
          actor: { staffId: admin.id },
          action: "appointments.period_removed",
          targetType: "opening_period",
          targetId: id,
        },
        tx,
      );
  });
}

export async function addClosedDay(admin: VerifiedStaff, input: z.infer<typeof closedDayInput>): Promise<void> {
  assertAdmin(admin);
  await db.$transaction(async (tx) => {
    await tx.closedDay.upsert({ where: { day: input.day }, create: input, update: { reason: input.reason } });
    await recordAudit(
      {
        actor: { staffId: admin.id },
        action: "appointments.closed_day_added",
        targetType: "closed_day",
        targetId: input.day,
      },
      tx,
    );
  });
}

export async function removeClosedDay(admin: VerifiedStaff, day: string): Promise<void> {
  assertAdmin(admin);
  await db.$transaction(async (tx) => {
    const removed = await tx.closedDay.deleteMany({ where: { day } });
    if (removed.count)
      await recordAudit(
        {
          actor: { staffId: admin.id },
          action: "appointments.closed_day_removed",
          targetType: "closed_day",
          targetId: day,
        },
        tx,
      );
  });
}
