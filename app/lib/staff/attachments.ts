import "server-only";
/** A request's attachment, decrypted for a signed-in officer; every download is audited. */
import { decryptBytes } from "../crypto/protect";
import { db } from "../db/client";
import { recordAudit } from "./audit";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export async function downloadAttachment(staff: VerifiedStaff, requestId: string, attachmentId: string) {
  assertCanWork(staff);
  const file = await db.attachment.findFirst({ where: { id: attachmentId, requestId } });
  if (!file) return null;
  await recordAudit({
    actor: { staffId: staff.id },
    action: "attachment.downloaded",
    targetType: "attachment",
    targetId: file.id,
    details: { requestId },
  });
  return { filename: file.filename, mimeType: file.mimeType, content: decryptBytes(Buffer.from(file.content)) };
}
