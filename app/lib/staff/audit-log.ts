/**
 * The audit log as admins read it: newest first, filterable by action, actor, target and
 * dates, in pages of 50 (keyset on time and id). Reading it is itself recorded.
 */
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "./audit";
import { decodeCursor, encodeCursor } from "./cursor";
import { assertAdmin, type VerifiedStaff } from "./sessions";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  action?: string;
  actorStaffId?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  before?: string;
};

export async function listAudit(admin: VerifiedStaff, filter: AuditFilter) {
  assertAdmin(admin);
  const cursor = filter.before ? auditCursor(filter.before) : null;
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorStaffId ? { actorStaffId: filter.actorStaffId } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
    ...(cursor ? { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] } : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  await recordAudit({ actor: { staffId: admin.id }, action: "audit.viewed" });
  const last = rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]! : null;
  return {
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map(({ details, ...row }) => ({ ...row, details: shownDetails(details) })),
    next: last ? encodeCursor([last.at.getTime(), last.id]) : null,
  };
}

/** The actions recorded so far, for the filter's list. */
export async function auditActions(): Promise<string[]> {
  return (
    await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } })
  ).map((r) => r.action);
}

/** The details as the log shows them: JSON text, whatever their shape (a trail hides nothing). */
const shownDetails = (details: unknown): string | null => (details === null ? null : JSON.stringify(details));

function auditCursor(cursor: string): { at: Date; id: string } | null {
  const [time, id] = decodeCursor(cursor) ?? [];
  return typeof time === "number" && Number.isFinite(time) && typeof id === "string"
    ? { at: new Date(time), id }
    : null;
}
