/**
 * The audit trail: who viewed or changed what, and when. Only identifiers and event names
 * are recorded, never the personal data itself. Rows are only ever inserted.
 */
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/**
 * Every action the trail records. The column stays text (rows outlive a release that renames
 * one), but nothing in the app can record a name that is not here.
 */
export type AuditAction =
  | "alert.confirmed"
  | "alert.requested"
  | "alert.retention"
  | "alert.unsubscribed"
  | "appointment.attended"
  | "appointment.booked_on_behalf"
  | "appointment.cancelled"
  | "appointment.moved"
  | "appointment.no_show"
  | "appointments.closed_day_added"
  | "appointments.closed_day_removed"
  | "appointments.period_added"
  | "appointments.period_removed"
  | "appointments.service_changed"
  | "appointments.slot_blocked"
  | "appointments.slot_freed"
  | "attachment.downloaded"
  | "audit.viewed"
  | "change.alerts_queued"
  | "change.approved"
  | "change.proposed"
  | "change.revised"
  | "change.rollback_proposed"
  | "change.sent_back"
  | "change.took_effect"
  | "change.withdrawn"
  | "keys.rotated"
  | "queue.exported"
  | "queue.viewed"
  | "request.assigned"
  | "request.note_added"
  | "request.printed"
  | "request.status_changed"
  | "request.viewed"
  | "retention.applied"
  | "scenario.added"
  | "scenario.deleted"
  | "setting.changed"
  | "staff.access_changed"
  | "staff.created"
  | "staff.created_from_shell"
  | "staff.language_changed"
  | "staff.login"
  | "staff.login_failed"
  | "staff.login_throttled"
  | "staff.logout"
  | "staff.password_changed"
  | "staff.password_reset"
  | "staff.reset_from_shell"
  | "staff.two_factor_enabled"
  | "staff.two_factor_reset"
  | "staff.two_factor_setup_started";

/** A staff member (by id), an unauthenticated visitor ("public") or the system (the shell, a job). */
export type AuditActorRef = { staffId: string } | "public" | "system";

export type AuditDetails = Record<string, string | number | boolean | null>;

export type AuditEntry = {
  actor: AuditActorRef;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: AuditDetails;
};

/** Pass the transaction of the change being recorded, so the change and its row commit or fail together. */
export async function recordAudit(entry: AuditEntry, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      ...(typeof entry.actor === "string"
        ? { actor: entry.actor }
        : { actor: "staff", actorStaffId: entry.actor.staffId }),
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ...(entry.details ? { details: entry.details } : {}),
    },
  });
}
