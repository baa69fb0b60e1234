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
import { recordAudit, type AuditActorRef } from "./audit";
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
  return deleteDue({ staffId: admin.id }, now);
}

/** `npm run retention`, as the system (no signed-in actor): the nightly run. */
export async function applyRetentionAsSystem(now = new Date()) {
  return deleteDue("system", now);
}

/**
 * Deletes what is due, in batches so a large backlog never holds the database for long. Each
 * batch is one transaction with its own audit row, so whatever was deleted is recorded even if
 * a run stops halfway; the last batch (fewer than BATCH requests, often the only one) also
 * takes the old e-mails and the wait-list entries whose days have passed.
 */
async function deleteDue(
  actor: AuditActorRef,
  now: Date,
): Promise<{ requests: number; emails: number; waitlist: number; days: number }> {
  const { days, cutoff } = await retentionCutoff(now);
  const total = { requests: 0, emails: 0, waitlist: 0, days };
  for (let last = false; !last;) {
    const deleted = await db.$transaction(async (tx) => {
      const due = await tx.request.findMany({ where: { closedAt: { lt: cutoff } }, select: { id: true }, take: BATCH });
      // Events and attachments go with their request (ON DELETE CASCADE).
      const requests = due.length
        ? (await tx.request.deleteMany({ where: { id: { in: due.map((r) => r.id) }, closedAt: { lt: cutoff } } })).count
        : 0;
      const final = due.length < BATCH;
      const emails = final
        ? (await tx.outboxMessage.deleteMany({ where: { status: { not: "pending" }, createdAt: { lt: cutoff } } }))
            .count
        : 0;
      const waitlist = final ? await deletePassedWaitlist(now, tx) : 0;
      await recordAudit({ actor, action: "retention.applied", details: { days, requests, emails, waitlist } }, tx);
      return { requests, emails, waitlist, final };
    });
    total.requests += deleted.requests;
    total.emails += deleted.emails;
    total.waitlist += deleted.waitlist;
    last = deleted.final;
  }
  return total;
}
