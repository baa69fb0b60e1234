/**
 * When a request has waited too long for the Embassy. The clock counts working days
 * (Monday to Friday, the Embassy's week) and runs only while the Embassy has to act:
 * not while it waits for the applicant, and not once the request is closed.
 */
import type { Status } from "../requests/status";

const EMBASSY_TURN: ReadonlySet<string> = new Set<Status>(["received", "in_review"]);
const DAY_MS = 86_400_000;

/** Whole working days from the day after `start` up to and including `now`'s day (UTC dates). */
export function workingDaysSince(start: Date, now: Date): number {
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()) + DAY_MS;
  const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let days = 0;
  for (let t = first; t <= last; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

export type OverdueLimits = { normal: number; urgent: number };

export function isOverdue(request: { status: string; urgent: boolean; createdAt: Date }, limits: OverdueLimits, now: Date): boolean {
  if (!EMBASSY_TURN.has(request.status)) return false;
  return workingDaysSince(request.createdAt, now) > (request.urgent ? limits.urgent : limits.normal);
}
