import "server-only";
/** Internal notes on a request: staff only, never shown to the applicant; audited with the note. */
import { db } from "../db/client";
import { recordAudit } from "./audit";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export async function addNote(staff: VerifiedStaff, id: string, note: string): Promise<{ ok: boolean }> {
  assertCanWork(staff);
  if (!(await db.request.count({ where: { id } }))) return { ok: false };
  await db.$transaction(async (tx) => {
    const event = await tx.requestEvent.create({
      data: { requestId: id, kind: "note", body: note, public: false, actor: "staff", actorStaffId: staff.id },
    });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "request.note_added",
        targetType: "request",
        targetId: id,
        details: { eventId: event.id },
      },
      tx,
    );
  });
  return { ok: true };
}
