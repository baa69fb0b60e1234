import "server-only";
/**
 * Takes a request on, hands it to someone, or lets it go. Officers may claim a request or
 * release their own; admins may assign anyone. Audited in the same transaction.
 */
import { db } from "../db/client";
import { recordAudit } from "./audit";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export async function assignRequest(
  staff: VerifiedStaff,
  id: string,
  assigneeId: string | null,
): Promise<{ ok: boolean }> {
  assertCanWork(staff);
  const request = await db.request.findUnique({ where: { id }, select: { assigneeId: true } });
  if (!request) return { ok: false };
  const allowed =
    staff.role === "admin" || assigneeId === staff.id || (assigneeId === null && request.assigneeId === staff.id);
  if (!allowed) return { ok: false };
  if (assigneeId && !(await db.staffUser.count({ where: { id: assigneeId, disabled: false } }))) return { ok: false };
  await db.$transaction(async (tx) => {
    await tx.request.update({ where: { id }, data: { assigneeId } });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "request.assigned",
        targetType: "request",
        targetId: id,
        details: { from: request.assigneeId, to: assigneeId },
      },
      tx,
    );
  });
  return { ok: true };
}
