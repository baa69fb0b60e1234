/**
 * Retention: requests closed for longer than the Embassy's retention period ("retention.days",
 * stated in the privacy notice) are deleted with their history and attachments, and sent
 * e-mails older than the period with them; wait-list entries go once their last day has passed
 * (privacy notice). The audit trail keeps only identifiers, so it stays.
 * Run by `npm run retention` (e.g. nightly) and by an admin's button.
 */
import "server-only";
import { db } from "../db/client";
import { deletePassedWaitlist } from "../appointments/waitlist";
import { readSettings } from "../settings/read-settings";
import { recordAudit } from "./audit";
import { assertAdmin, type VerifiedStaff } from "./sessions";

const BATCH = 500;
const DAY_MS = 86_400_000;

export async function retentionCutoff(now: Date): Promise<{ days: number; cutoff: Date }> {
  const days = (await readSettings())["retention.days"].value;
  return { days, cutoff: new Date(now.getTime() - days * DAY_MS) };
}

/** How many closed requests the next run would delete. */
export async function countDueForDeletion(now = new Date()): Promise<number> {
  const { cutoff } = await retentionCutoff(now);
  return db.request.count({ where: { closedAt: { lt: cutoff } } });
}

/** An admin's button: deletes what is due, recorded as theirs. */
export async function applyRetention(admin: VerifiedStaff, now = new Date()) {
  assertAdmin(admin);
  return deleteDue(admin.id, now);
}

/** `npm run retention`, as the system (no signed-in actor): the nightly run. */
export async function applyRetentionAsSystem(now = new Date()) {
  return deleteDue(null, now);
}

/** Deletes what is due, in batches so a large backlog never holds the database for long. */
async function deleteDue(actorId: string | null, now: Date): Promise<{ requests: number; emails: number; waitlist: number; days: number }> {
  const { days, cutoff } = await retentionCutoff(now);
  let requests = 0;
  for (;;) {
    const due = await db.request.findMany({ where: { closedAt: { lt: cutoff } }, select: { id: true }, take: BATCH });
    if (due.length === 0) break;
    // Events and attachments go with their request (ON DELETE CASCADE).
    requests += (await db.request.deleteMany({ where: { id: { in: due.map((r) => r.id) }, closedAt: { lt: cutoff } } })).count;
  }
  const emails = (await db.outboxMessage.deleteMany({ where: { status: { not: "pending" }, createdAt: { lt: cutoff } } })).count;
  const waitlist = await deletePassedWaitlist(now);
  await recordAudit({ actorId, action: "retention.applied", details: { days, requests, emails, waitlist } });
  return { requests, emails, waitlist, days };
}
