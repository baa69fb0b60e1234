/**
 * The change flow: an editor (or admin) proposes a change to a rule's parameters or a block
 * of page text, with a reason and the Embassy day it applies from; a second staff member
 * with the permission, never the proposer, approves it or sends it back with a comment; the
 * proposer may revise a proposal sent back and propose it again. Approval writes the next
 * published version of its target: in force from its effective day (scheduled until then,
 * see published.ts), alerts queued by alerts.ts on that day. A rollback is a new proposal
 * carrying an earlier version's payload, reviewed like any other. Every step and its audit
 * row are one transaction; each step names the revision it was taken on, so two reviewers
 * acting at once cannot both win.
 */
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { embassyDay } from "../embassy-time";
import { recordAudit, type AuditAction } from "../staff/audit";
import { assertEditor, type VerifiedStaff } from "../staff/sessions";
import {
  isTarget,
  parsePayload,
  payloadSchema,
  proposalInput,
  statusOnApproval,
  type Kind,
  type ProposalStatus,
} from "./payloads";

export type StepResult =
  { ok: true; id: string } | { ok: false; error: "invalid" | "notFound" | "ownProposal" | "stale" | "comment" };

type NewProposal = {
  kind: Kind;
  targetId: string;
  reason: string;
  effectiveDay: string;
  payload: unknown;
  restoresVersionId?: string;
};

export async function propose(staff: VerifiedStaff, input: NewProposal): Promise<StepResult> {
  assertEditor(staff);
  const common = proposalInput.safeParse(input);
  if (!common.success || !isTarget(common.data.kind, common.data.targetId)) return { ok: false, error: "invalid" };
  const payload = payloadSchema(common.data.kind, common.data.targetId).safeParse(input.payload);
  if (!payload.success) return { ok: false, error: "invalid" };
  const id = await db.$transaction(async (tx) => {
    const row = await tx.changeProposal.create({
      data: {
        ...common.data,
        payload: payload.data as Prisma.InputJsonValue,
        proposerId: staff.id,
        status: "proposed",
        restoresVersionId: input.restoresVersionId ?? null,
      },
    });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: input.restoresVersionId ? "change.rollback_proposed" : "change.proposed",
        targetType: "change",
        targetId: row.id,
        details: { kind: row.kind, target: row.targetId, effectiveDay: row.effectiveDay },
      },
      tx,
    );
    return row.id;
  });
  return { ok: true, id };
}

/** The proposer revises a proposal sent back to them and proposes it again. */
export async function revise(
  staff: VerifiedStaff,
  id: string,
  revision: number,
  input: Omit<NewProposal, "kind" | "targetId">,
): Promise<StepResult> {
  assertEditor(staff);
  const proposal = await db.changeProposal.findUnique({ where: { id } });
  if (!proposal || proposal.proposerId !== staff.id || proposal.status !== "sent_back")
    return { ok: false, error: "notFound" };
  const common = proposalInput.safeParse({ ...input, kind: proposal.kind, targetId: proposal.targetId });
  const payload = payloadSchema(proposal.kind, proposal.targetId).safeParse(input.payload);
  if (!common.success || !payload.success) return { ok: false, error: "invalid" };
  return step(
    staff,
    id,
    revision,
    "sent_back",
    {
      status: "proposed",
      reason: common.data.reason,
      effectiveDay: common.data.effectiveDay,
      payload: payload.data as Prisma.InputJsonValue,
      reviewerId: null,
      reviewedAt: null,
    },
    "change.revised",
  );
}

export async function sendBack(
  staff: VerifiedStaff,
  id: string,
  revision: number,
  comment: string,
): Promise<StepResult> {
  assertEditor(staff);
  const text = comment.trim();
  if (!text || text.length > 2000) return { ok: false, error: "comment" };
  const proposal = await db.changeProposal.findUnique({ where: { id } });
  if (!proposal) return { ok: false, error: "notFound" };
  if (proposal.proposerId === staff.id) return { ok: false, error: "ownProposal" };
  return step(
    staff,
    id,
    revision,
    "proposed",
    { status: "sent_back", reviewerId: staff.id, comment: text, reviewedAt: new Date() },
    "change.sent_back",
  );
}

/** The proposer (or nobody else) withdraws a proposal that is not yet approved. */
export async function withdraw(staff: VerifiedStaff, id: string, revision: number): Promise<StepResult> {
  assertEditor(staff);
  const proposal = await db.changeProposal.findUnique({ where: { id } });
  if (!proposal || proposal.proposerId !== staff.id || !["proposed", "sent_back", "draft"].includes(proposal.status))
    return { ok: false, error: "notFound" };
  return step(staff, id, revision, proposal.status, { status: "withdrawn" }, "change.withdrawn");
}

/**
 * The second pair of eyes: publishes the proposal as its target's next version. Refused to
 * the proposer, to anyone without the permission (assertEditor), and on a stale revision.
 */
export async function approve(
  staff: VerifiedStaff,
  id: string,
  revision: number,
  comment = "",
  now = new Date(),
): Promise<StepResult> {
  assertEditor(staff);
  return db.$transaction(async (tx): Promise<StepResult> => {
    const proposal = await tx.changeProposal.findUnique({ where: { id } });
    if (!proposal) return { ok: false, error: "notFound" };
    if (proposal.proposerId === staff.id) return { ok: false, error: "ownProposal" };
    const kind = proposal.kind;
    // Checked again on the way out: what is published is exactly what the schema allows.
    const payload = parsePayload(kind, proposal.targetId, proposal.payload);
    const status = statusOnApproval(proposal.effectiveDay, embassyDay(now));
    const claimed = await tx.changeProposal.updateMany({
      where: { id, status: "proposed", revision },
      data: {
        status,
        reviewerId: staff.id,
        comment: comment.trim() || null,
        reviewedAt: now,
        revision: { increment: 1 },
      },
    });
    if (claimed.count !== 1) return { ok: false, error: "stale" };
    const last = await tx.publishedVersion.findFirst({
      where: { kind, targetId: proposal.targetId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const version = await tx.publishedVersion.create({
      data: {
        kind,
        targetId: proposal.targetId,
        number: (last?.number ?? 0) + 1,
        payload: payload as Prisma.InputJsonValue,
        reason: proposal.reason,
        effectiveDay: proposal.effectiveDay,
        proposalId: id,
        proposerId: proposal.proposerId,
        approverId: staff.id,
        approvedAt: now,
      },
    });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "change.approved",
        targetType: "change",
        targetId: id,
        details: { version: version.id, number: version.number, effectiveDay: version.effectiveDay, status },
      },
      tx,
    );
    return { ok: true, id };
  });
}

async function step(
  staff: VerifiedStaff,
  id: string,
  revision: number,
  from: ProposalStatus,
  data: Prisma.ChangeProposalUncheckedUpdateManyInput,
  action: AuditAction,
): Promise<StepResult> {
  return db.$transaction(async (tx): Promise<StepResult> => {
    const changed = await tx.changeProposal.updateMany({
      where: { id, status: from, revision },
      data: { ...data, revision: { increment: 1 } },
    });
    if (changed.count !== 1) return { ok: false, error: "stale" };
    await recordAudit({ actor: { staffId: staff.id }, action, targetType: "change", targetId: id }, tx);
    return { ok: true, id };
  });
}

/** A rollback: a new proposal restoring the payload of an earlier published version. */
export async function proposeRollback(
  staff: VerifiedStaff,
  versionId: string,
  reason: string,
  effectiveDay: string,
): Promise<StepResult> {
  assertEditor(staff);
  const version = await db.publishedVersion.findUnique({ where: { id: versionId } });
  if (!version) return { ok: false, error: "notFound" };
  const kind = version.kind;
  return propose(staff, {
    kind,
    targetId: version.targetId,
    reason,
    effectiveDay,
    payload: parsePayload(kind, version.targetId, version.payload),
    restoresVersionId: version.id,
  });
}

const name = { select: { name: true } } as const;

/** The workspace's list: open proposals first, then the rest, newest first. */
export async function listProposals(staff: VerifiedStaff, { open = true } = {}) {
  assertEditor(staff);
  const rows = await db.changeProposal.findMany({
    where: open
      ? { status: { in: ["proposed", "sent_back", "draft"] } }
      : { status: { in: ["scheduled", "published", "withdrawn"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    include: { proposer: name, reviewer: name },
  });
  return rows.map((row) => ({ ...row, proposer: row.proposer.name, reviewer: row.reviewer?.name ?? null }));
}

export async function findProposal(staff: VerifiedStaff, id: string) {
  assertEditor(staff);
  const row = await db.changeProposal.findUnique({
    where: { id },
    include: { published: { select: { id: true, number: true } }, proposer: name, reviewer: name },
  });
  if (!row) return null;
  return {
    ...row,
    payload: parsePayload(row.kind, row.targetId, row.payload),
    proposer: row.proposer.name,
    reviewer: row.reviewer?.name ?? null,
  };
}

/** Every published version of a target, newest first, with who proposed and approved it. */
export async function targetHistory(staff: VerifiedStaff, kind: Kind, targetId: string) {
  assertEditor(staff);
  const rows = await db.publishedVersion.findMany({
    where: { kind, targetId },
    orderBy: { number: "desc" },
    include: { proposer: name, approver: name },
  });
  return rows.map((row) => ({ ...row, proposer: row.proposer.name, approver: row.approver.name }));
}
