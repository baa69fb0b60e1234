import "server-only";
/**
 * Moves a request along the state machine. Guarded by the version the officer saw: if
 * someone else changed the request in the meantime, nothing happens and the officer is told.
 * A message goes to the applicant's tracking page and, by e-mail, the new status. Any staff
 * change answers the applicant, so it clears the queue's "replied" marker.
 */
import { db } from "../db/client";
import { enqueueStatusEmail } from "../notifications/outbox";
import { canTransition, CLOSED, isStatus, type Status } from "../requests/status";
import { trackingUrl } from "../requests/submit-request";
import { recordAudit } from "./audit";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export type ChangeResult = { ok: true } | { ok: false; error: "notFound" | "transition" | "stale" };

export async function changeStatus(
  staff: VerifiedStaff,
  change: { id: string; version: number; to: Status; message: string | null; origin: string },
): Promise<ChangeResult> {
  assertCanWork(staff);
  const request = await db.request.findUnique({ where: { id: change.id } });
  if (!request || !isStatus(request.status)) return { ok: false, error: "notFound" };
  if (!canTransition(request.status, change.to, "staff")) return { ok: false, error: "transition" };
  return db.$transaction(async (tx): Promise<ChangeResult> => {
    const moved = await tx.request.updateMany({
      where: { id: request.id, version: change.version, status: request.status },
      data: {
        status: change.to,
        version: { increment: 1 },
        closedAt: CLOSED.has(change.to) ? new Date() : null,
        replied: false,
      },
    });
    if (moved.count !== 1) return { ok: false, error: "stale" };
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind: change.message ? "message" : "status_changed",
        fromStatus: request.status,
        toStatus: change.to,
        body: change.message,
        actor: "staff",
        actorStaffId: staff.id,
      },
    });
    if (request.email) {
      await enqueueStatusEmail(tx, {
        recipient: request.email,
        locale: request.locale,
        reference: request.reference,
        status: change.to,
        trackingUrl: trackingUrl(change.origin, request.locale, request.reference),
      });
    }
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "request.status_changed",
        targetType: "request",
        targetId: request.id,
        details: { from: request.status, to: change.to },
      },
      tx,
    );
    return { ok: true };
  });
}
