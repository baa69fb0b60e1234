/**
 * The staff side of appointments: a Karachi day's list (who comes, for what, when) and
 * marking a visit attended or missed, audited (identifiers only).
 */
import { endAppointment } from "../appointments/book";
import { db } from "../db/client";
import { endOfEmbassyDay, startOfEmbassyDay } from "../embassy-time";
import { recordAudit } from "./audit";
import type { StaffMember } from "./sessions";

export type DayEntry = { id: string; reference: string; service: string; start: Date; name: string; phone: string; status: string; bookedBy: string };

export async function appointmentsOfDay(day: string): Promise<DayEntry[]> {
  return db.appointment.findMany({
    where: { start: { gte: startOfEmbassyDay(day), lt: endOfEmbassyDay(day) }, status: { not: "cancelled" } },
    orderBy: [{ start: "asc" }, { name: "asc" }],
    select: { id: true, reference: true, serviceId: true, start: true, name: true, phone: true, status: true, bookedBy: true },
  }).then((rows) => rows.map(({ serviceId, ...row }) => ({ ...row, service: serviceId })));
}

/** Marks a booked visit attended or missed; false when it is not (or no longer) booked. */
export async function markAppointment(staff: StaffMember, id: string, status: "attended" | "no_show"): Promise<boolean> {
  const done = await endAppointment(id, status);
  if (done) await recordAudit({ actorId: staff.id, action: `appointment.${status}`, targetType: "appointment", targetId: id });
  return done;
}
