/**
 * The reminder e-mail the day before (Karachi days): every active booking of tomorrow gets one,
 * queued in the outbox. Each booking is claimed by a guarded update in the same transaction as
 * its message, so with several instances running this every minute it is still sent once.
 */
import "server-only";
import { db } from "../db/client";
import { addDays, embassyDay, endOfEmbassyDay, startOfEmbassyDay } from "../embassy-time";
import { composeReminderEmail } from "./email";

/** Links in e-mails sent by the background job, which has no request to read the host from. */
const jobOrigin = () => (process.env.PUBLIC_ORIGIN ?? "http://localhost:3000").replace(/\/$/, "");

export async function queueReminders(now = new Date()): Promise<number> {
  const tomorrow = addDays(embassyDay(now), 1);
  const due = await db.appointment.findMany({
    where: {
      status: "booked",
      reminderQueuedAt: null,
      start: { gte: startOfEmbassyDay(tomorrow), lt: endOfEmbassyDay(tomorrow) },
    },
    select: { id: true, reference: true, email: true, locale: true, serviceId: true, start: true },
    take: 500,
  });
  let queued = 0;
  for (const appointment of due) {
    const claimed = await db.$transaction(async (tx) => {
      const claim = await tx.appointment.updateMany({
        where: { id: appointment.id, reminderQueuedAt: null, status: "booked" },
        data: { reminderQueuedAt: now },
      });
      if (claim.count !== 1) return false;
      const { subject, body } = composeReminderEmail({
        locale: appointment.locale,
        reference: appointment.reference,
        service: appointment.serviceId,
        start: appointment.start,
        origin: jobOrigin(),
      });
      await tx.outboxMessage.create({ data: { recipient: appointment.email, subject, body } });
      return true;
    });
    if (claimed) queued++;
  }
  return queued;
}
