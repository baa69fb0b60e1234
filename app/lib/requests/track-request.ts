/**
 * What an applicant sees and may do with a reference and its access code: the status,
 * the public timeline, the Embassy's messages; answering a request for information;
 * withdrawing the request. Without the right code nothing is revealed, not even whether
 * the reference exists.
 */
import { encryptBytes } from "../crypto/protect";
import { db } from "../db/client";
import { normalizeReference } from "./reference";
import { accessCodeMatches } from "./submit-request";
import { canTransition, type Status } from "./status";

export type TrackedRequest = {
  reference: string;
  type: string;
  status: Status;
  createdAt: Date;
  timeline: { kind: string; toStatus: string | null; body: string | null; createdAt: Date; actor: "applicant" | "embassy"; files: string[] }[];
};

async function findByCode(reference: string, accessCode: string) {
  const canonical = normalizeReference(reference);
  if (!canonical || !accessCode) return null;
  const request = await db.request.findUnique({ where: { reference: canonical } });
  if (!request || !accessCodeMatches(request.accessCodeHash, accessCode)) return null;
  return request;
}

export async function findTrackedRequest(reference: string, accessCode: string): Promise<TrackedRequest | null> {
  const request = await findByCode(reference, accessCode);
  if (!request) return null;
  const events = await db.requestEvent.findMany({
    where: { requestId: request.id, public: true },
    orderBy: { createdAt: "asc" },
    include: { attachments: { select: { filename: true } } },
  });
  return {
    reference: request.reference,
    type: request.type,
    status: request.status as Status,
    createdAt: request.createdAt,
    timeline: events.map((e) => ({
      kind: e.kind,
      toStatus: e.toStatus,
      body: e.body,
      createdAt: e.createdAt,
      actor: e.actor === "applicant" ? "applicant" : "embassy",
      files: e.attachments.map((a) => a.filename),
    })),
  };
}

export type Upload = { filename: string; mimeType: string; content: Uint8Array };
export type ApplicantAction = { ok: true } | { ok: false; error: "notFound" | "notAllowed" | "conflict" };

/** The applicant's answer to a request for information; it sends the request back to review. */
export async function replyToRequest(reference: string, accessCode: string, text: string, files: Upload[]): Promise<ApplicantAction> {
  const request = await findByCode(reference, accessCode);
  if (!request) return { ok: false, error: "notFound" };
  if (!canTransition(request.status as Status, "in_review", "applicant")) return { ok: false, error: "notAllowed" };
  return db.$transaction(async (tx): Promise<ApplicantAction> => {
    // Guarded on the version read: a concurrent change by staff wins, and this reply is refused.
    const moved = await tx.request.updateMany({
      where: { id: request.id, version: request.version },
      // "replied": the queue shows the request as answered until the staff act on it.
      data: { status: "in_review", version: { increment: 1 }, replied: true },
    });
    if (moved.count !== 1) return { ok: false, error: "conflict" };
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind: "applicant_reply",
        fromStatus: request.status,
        toStatus: "in_review",
        body: text,
        actor: "applicant",
        attachments: {
          create: files.map((f) => ({
            requestId: request.id,
            filename: f.filename,
            mimeType: f.mimeType,
            size: f.content.byteLength,
            content: new Uint8Array(encryptBytes(Buffer.from(f.content))),
          })),
        },
      },
    });
    return { ok: true };
  });
}

export async function withdrawRequest(reference: string, accessCode: string): Promise<ApplicantAction> {
  const request = await findByCode(reference, accessCode);
  if (!request) return { ok: false, error: "notFound" };
  if (!canTransition(request.status as Status, "withdrawn", "applicant")) return { ok: false, error: "notAllowed" };
  const moved = await db.request.updateMany({
    where: { id: request.id, version: request.version },
    data: { status: "withdrawn", closedAt: new Date(), version: { increment: 1 } },
  });
  if (moved.count !== 1) return { ok: false, error: "conflict" };
  await db.requestEvent.create({ data: { requestId: request.id, kind: "status_changed", fromStatus: request.status, toStatus: "withdrawn", actor: "applicant" } });
  return { ok: true };
}
