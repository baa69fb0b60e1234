/**
 * The audit trail: who viewed or changed what, and when. Only identifiers and event names
 * are recorded, never the personal data itself. Rows are only ever inserted.
 */
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, string | number | boolean | null>;
};

export async function recordAudit(entry: AuditEntry, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}
