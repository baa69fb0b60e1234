import "server-only";
/**
 * How many sign-in attempts an e-mail address may take (ASVS 5.0 6.3.1, OWASP Authentication
 * Cheat Sheet "account lockout"), designed so that nobody can lock somebody else out for good:
 *
 * - per e-mail and client address: 5 attempts in 15 minutes, then that address waits for the
 *   rest of the window. An attacker at one address throttles only themselves;
 * - per e-mail from every address: 25 attempts in 15 minutes (100 an hour at most, ASVS's
 *   ceiling), reachable only from at least five addresses, and over when the window ends;
 * - per client address for every e-mail: the sign-in actions' own limit (SIGN_INS_PER_ADDRESS, 20 in 15 minutes).
 *
 * Each attempt is counted *before* the password is checked, by one atomic upsert, so parallel
 * guesses cannot slip past the count; a successful sign-in clears the e-mail's counters.
 * Counters are keyed by a keyed hash of the e-mail, not by the account, so an unknown e-mail
 * is throttled exactly like a real one and the answer never tells whether an account exists.
 */
import { blindIndex } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { clientKey, withinLimit } from "../rate-limit";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ATTEMPTS_PER_ADDRESS = 5;
export const ATTEMPTS_PER_ACCOUNT = 25;

const emailKey = (email: string) => `login-email:${blindIndex(`login:${email.trim().toLowerCase()}`).slice(0, 32)}`;
const pairKey = (email: string, ip: string) => `${emailKey(email)}:${clientKey(ip)}`;

/**
 * Counts one attempt at `email` from `ip`; false when it is over either limit (and the
 * password must then not be checked). The per-account count is taken only from attempts
 * within the address's own limit, so one address cannot push the account over.
 */
export async function reserveAttempt(email: string, ip: string, now = new Date()): Promise<boolean> {
  if (!(await withinLimit(pairKey(email, ip), ATTEMPTS_PER_ADDRESS, THROTTLE_WINDOW_MS, now))) return false;
  return withinLimit(emailKey(email), ATTEMPTS_PER_ACCOUNT, THROTTLE_WINDOW_MS, now);
}

/** After a successful sign-in, or when an admin or the shell sets a new password. */
export async function clearAttempts(email: string, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.rateLimit.deleteMany({ where: { key: { startsWith: emailKey(email) } } });
}

/** Whether the account's e-mail is throttled from everywhere right now (for the admins' list). */
export async function throttledEmails(emails: string[], now = new Date()): Promise<Set<string>> {
  const windowStart = new Date(Math.floor(now.getTime() / THROTTLE_WINDOW_MS) * THROTTLE_WINDOW_MS);
  const byKey = new Map(emails.map((email) => [emailKey(email), email]));
  const rows = await db.rateLimit.findMany({
    where: { key: { in: [...byKey.keys()] }, count: { gte: ATTEMPTS_PER_ACCOUNT } },
  });
  return new Set(
    rows.filter((row) => row.windowStart.getTime() === windowStart.getTime()).map((row) => byKey.get(row.key)!),
  );
}
