/**
 * When a request has waited too long for the Embassy. The clock counts working days
 * (Monday to Friday, the Embassy's week) in Karachi time, and runs only while the Embassy
 * has to act: not while it waits for the applicant, and not once the request is closed.
 */
import { workingDaysBetween } from "../embassy-time";
import type { Status } from "../requests/status";

const EMBASSY_TURN: ReadonlySet<string> = new Set<Status>(["received", "in_review"]);

export type OverdueLimits = { normal: number; urgent: number };

export function isOverdue(
  request: { status: string; urgent: boolean; createdAt: Date },
  limits: OverdueLimits,
  now: Date,
): boolean {
  if (!EMBASSY_TURN.has(request.status)) return false;
  return workingDaysBetween(request.createdAt, now) > (request.urgent ? limits.urgent : limits.normal);
}
