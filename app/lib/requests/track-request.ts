import "server-only";
/**
 * What an applicant sees and may do with their request: the status, the public timeline
 * with the Embassy's messages, the question waiting for an answer; answering it (with
 * files, and again until the Embassy has acted); withdrawing the request. Every function
 * takes a TrackingAccess (tracking-access.ts): proof of the access code, never a bare reference.
 */
import { encryptBytes } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { accessByCode, type TrackingAccess } from "./tracking-access";
import { canTransition, CLOSED, type Status } from "./status";

export type TimelineEvent = {
  kind: string;
  toStatus: string | null;
  body: string | null;
  createdAt: Date;
  actor: "applicant" | "embassy";
  files: string[];
};

export type TrackedRequest = {
  reference: string;
  type: string;
  status: Status;
  createdAt: Date;
  timeline: TimelineEvent[];
  /** The Embassy's latest message while it waits for the applicant's answer, else null. */
  question: { body: string; createdAt: Date } | null;
  canReply: boolean;
  canWithdraw: boolean;
};

/**
 * The applicant may answer while the Embassy asks for information, and add to the answer
 * (a forgotten file) until the Embassy has acted on it: while the latest public event is
 * their own reply.
 */
function replyOpen(status: Status, latest: { kind: string } | undefined): boolean {
  return status === "needs_information" || (status === "in_review" && latest?.kind === "applicant_reply");
}

export async function trackedRequest(access: TrackingAccess): Promise<TrackedRequest> {
  const request = await db.request.findUniqueOrThrow({
    where: { id: access.requestId },
    select: { reference: true, type: true, status: true, createdAt: true },
  });
  const events = await db.requestEvent.findMany({
    where: { requestId: access.requestId, public: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { attachments: { select: { filename: true }, orderBy: { createdAt: "asc" } } },
  });
  const timeline = events.map((e): TimelineEvent => ({
    kind: e.kind,
    toStatus: e.toStatus,
    body: e.body,
    createdAt: e.createdAt,
    actor: e.actor === "applicant" ? "applicant" : "embassy",
    files: e.attachments.map((a) => a.filename),
  }));
  const status = request.status;
  const canReply = replyOpen(status, timeline.at(-1));
  const asked = timeline.findLast((e) => e.actor === "embassy" && e.body);
  return {
    ...request,
    status,
    timeline,
    question: canReply && asked ? { body: asked.body!, createdAt: asked.createdAt } : null,
    canReply,
    canWithdraw: !CLOSED.has(status),
  };
}

/** For the API: the request, when the code is right (the caller counts the look-up). */
export async function findTrackedRequest(reference: string, accessCode: string): Promise<TrackedRequest | null> {
  const access = await accessByCode(reference, accessCode);
  return access ? trackedRequest(access) : null;
}

export type Upload = { filename: string; mimeType: string; content: Uint8Array };
export type ApplicantAction = { ok: true } | { ok: false; error: "notAllowed" | "conflict" };

/** Moves the request on, guarded on the version read: a concurrent change by staff wins, this one is refused. */
async function guarded(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  data: Prisma.RequestUpdateManyMutationInput,
): Promise<boolean> {
  const moved = await tx.request.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return moved.count === 1;
}

/**
 * The applicant's answer, with any files. The first answer to a question sends the request
 * back to review; a further one before the Embassy acts is added to the history.
 */
export async function replyToRequest(access: TrackingAccess, text: string, files: Upload[]): Promise<ApplicantAction> {
  const request = await db.request.findUniqueOrThrow({
    where: { id: access.requestId },
    select: { id: true, status: true, version: true },
  });
  const latest = await db.requestEvent.findFirst({
    where: { requestId: request.id, public: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { kind: true },
  });
  const status = request.status;
  if (!replyOpen(status, latest ?? undefined)) return { ok: false, error: "notAllowed" };
  const moves = status === "needs_information";
  if (moves && !canTransition(status, "in_review", "applicant")) return { ok: false, error: "notAllowed" };
  return db.$transaction(async (tx): Promise<ApplicantAction> => {
    // "replied": the queue shows the request as answered until the staff act on it.
    if (
      !(await guarded(
        tx,
        request.id,
        request.version,
        moves ? { status: "in_review", replied: true } : { replied: true },
      ))
    )
      return { ok: false, error: "conflict" };
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind: "applicant_reply",
        fromStatus: moves ? status : null,
        toStatus: moves ? "in_review" : null,
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

/** Withdraws the request, with the applicant's reason if they gave one: the change and its event in one transaction. */
export async function withdrawRequest(access: TrackingAccess, reason: string | null): Promise<ApplicantAction> {
  const request = await db.request.findUniqueOrThrow({
    where: { id: access.requestId },
    select: { id: true, status: true, version: true },
  });
  if (!canTransition(request.status, "withdrawn", "applicant")) return { ok: false, error: "notAllowed" };
  return db.$transaction(async (tx): Promise<ApplicantAction> => {
    if (!(await guarded(tx, request.id, request.version, { status: "withdrawn", closedAt: new Date() })))
      return { ok: false, error: "conflict" };
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind: "status_changed",
        fromStatus: request.status,
        toStatus: "withdrawn",
        body: reason || null,
        actor: "applicant",
      },
    });
    return { ok: true };
  });
}
