/**
 * The files attached to a draft, before the request is sent: listing, adding (within the
 * per-client and per-draft limits, so drafts cannot fill the disk) and removing them.
 * Stored encrypted; they go with the draft when it expires (cascade) or to the request
 * when it is sent.
 */
import "server-only";
import { encryptBytes } from "../crypto/protect";
import { db } from "../db/client";
import { clientKey, withinLimit, withinQuota } from "../rate-limit";
import type { Draft } from "./drafts";
import { uploadMegabytesPerDay, uploadsPerHour } from "./limits";
import { checkUpload, MAX_DRAFT_BYTES } from "./uploads";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type DraftFile = { id: string; filename: string; size: number };
export type AttachResult =
  | { ok: true }
  | { ok: false; error: "fileMissing" | "fileTooLarge" | "fileType" | "tooManyFiles" | "draftQuota" | "uploadLimit" };

export function listDraftFiles(draftId: string): Promise<DraftFile[]> {
  return db.attachment.findMany({
    where: { draftId },
    select: { id: true, filename: true, size: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function attachToDraft(
  draft: Draft,
  clientIp: string,
  name: string,
  content: Uint8Array,
): Promise<AttachResult> {
  const files = await listDraftFiles(draft.id);
  const check = checkUpload(name, content, files.length);
  if (!check.ok) return check;
  if (files.reduce((sum, f) => sum + f.size, 0) + content.byteLength > MAX_DRAFT_BYTES)
    return { ok: false, error: "draftQuota" };
  // Counted in KiB, so a day's total stays far inside the counter's 32 bits.
  const client = clientKey(clientIp);
  const allowed =
    (await withinLimit(`upload:${client}`, uploadsPerHour(), HOUR_MS)) &&
    (await withinQuota(
      `upload-kib:${client}`,
      Math.ceil(content.byteLength / 1024),
      uploadMegabytesPerDay() * 1024,
      DAY_MS,
    ));
  if (!allowed) return { ok: false, error: "uploadLimit" };
  await db.attachment.create({
    data: {
      draftId: draft.id,
      filename: check.filename,
      mimeType: check.mimeType,
      size: content.byteLength,
      content: new Uint8Array(encryptBytes(Buffer.from(content))),
    },
  });
  return { ok: true };
}

export async function removeDraftFile(draftId: string, attachmentId: string): Promise<void> {
  await db.attachment.deleteMany({ where: { id: attachmentId, draftId } });
}
