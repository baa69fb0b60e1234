/**
 * The life of a request, as an explicit state machine:
 * received → in_review → needs_information ↔ in_review → completed | rejected; staff may
 * ask for information straight from "received" too (one step, with the question),
 * and withdrawn by the applicant at any point before it is closed.
 */
export const STATUSES = ["received", "in_review", "needs_information", "completed", "rejected", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];
export type Actor = "staff" | "applicant";

const TRANSITIONS: Record<Status, Partial<Record<Status, Actor[]>>> = {
  received: { in_review: ["staff"], needs_information: ["staff"], withdrawn: ["applicant"] },
  in_review: { needs_information: ["staff"], completed: ["staff"], rejected: ["staff"], withdrawn: ["applicant"] },
  // The applicant's answer sends the request back to review by itself.
  needs_information: { in_review: ["staff", "applicant"], withdrawn: ["applicant"] },
  completed: {},
  rejected: {},
  withdrawn: {},
};

export const CLOSED: ReadonlySet<Status> = new Set(["completed", "rejected", "withdrawn"]);

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: Status, to: Status, actor: Actor): boolean {
  return TRANSITIONS[from][to]?.includes(actor) ?? false;
}

export function nextStatuses(from: Status, actor: Actor): Status[] {
  return STATUSES.filter((to) => canTransition(from, to, actor));
}
