/**
 * The wait-list's rules, pure: who is next in line for a freed place, and how long an offer
 * stays open. The database side (claims, the held place, e-mails) is lib/appointments/waitlist.ts.
 */
import { embassyDay } from "../embassy-time";

export type WaitingEntry = { id: string; fromDay: string; toDay: string; createdAt: Date };

/** Whether someone waiting for `fromDay`…`toDay` (Karachi days, inclusive) wants a slot starting at `start`. */
export const coversSlot = (entry: Pick<WaitingEntry, "fromDay" | "toDay">, start: Date): boolean => {
  const day = embassyDay(start);
  return entry.fromDay <= day && day <= entry.toDay;
};

/**
 * The waiting entries a freed place at `start` is offered to, in turn: only those whose days
 * cover it, first come first served (equal times by id, so every instance agrees on the order).
 */
export function inLineFor<T extends WaitingEntry>(entries: readonly T[], start: Date): T[] {
  return entries
    .filter((entry) => coversSlot(entry, start))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * When an offer made at `now` for a slot at `start` runs out: after the Embassy's hours, or
 * when the slot starts, whichever is first. Null when the slot starts too soon to be offered
 * (nobody could act on an offer that ends within the quarter of an hour).
 */
export const MIN_OFFER_MS = 15 * 60_000;
export function offerExpiry(now: Date, start: Date, hours: number): Date | null {
  const end = Math.min(now.getTime() + hours * 3_600_000, start.getTime());
  return end - now.getTime() < MIN_OFFER_MS ? null : new Date(end);
}

/** Whether an offer can still be confirmed at `now`. */
export const offerIsOpen = (offer: { status: string; offerExpiresAt: Date | null }, now: Date): boolean =>
  offer.status === "offered" && offer.offerExpiresAt !== null && offer.offerExpiresAt > now;
