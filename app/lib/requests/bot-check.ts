/**
 * Telling a person from a bot when a request is sent. Pure.
 *
 * A person may send the check-your-answers page a second after it loads (after ticking the
 * declaration they had forgotten), so the minimum fill time runs from the first page of the
 * journey, when the draft was started: nobody answers every question page faster than that.
 * Only the honeypot marks a bot outright: its draft is discarded and it gets the same page as a
 * person, learning nothing. A journey that was too quick is refused but never discarded, so a
 * real person whose answers are there loses nothing and can send again.
 */
export const HONEYPOT = "organisation";

export type Verdict = "person" | "bot" | "tooQuick";

export function judgeSubmission(input: { honeypot: string; startedAt: Date; now: Date; minFillMs: number }): Verdict {
  if (input.honeypot !== "") return "bot";
  if (input.now.getTime() - input.startedAt.getTime() < input.minFillMs) return "tooQuick";
  return "person";
}
