/**
 * Rate limits shared by every instance: a fixed window per key, counted in the database.
 * Clients are keyed by address, IPv6 by its /64 (one household or phone gets a whole /64,
 * so per-address keys would be trivial to rotate).
 */
import "server-only";
import { createHash } from "node:crypto";
import { db } from "./db/client";

/** The longest window any limit uses: a row whose window started earlier has expired whatever its length. */
export const LONGEST_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 100;

/**
 * Keys are short whatever goes into them (an e-mail typed at sign-in, say): a longer key is
 * replaced by its prefix and a SHA-256 of the whole, so it stays distinct and the table's
 * primary key stays small.
 */
export function boundedKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  return `${key.slice(0, 30)}#${createHash("sha256").update(key).digest("base64url")}`;
}

export function clientKey(ip: string): string {
  if (!ip.includes(":")) return ip;
  const halves = ip.split("::");
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves[1] ? halves[1].split(":") : [];
  const groups =
    halves.length === 2 ? [...head, ...Array<string>(8 - head.length - tail.length).fill("0"), ...tail] : head;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * Counts one hit; true while the key stays within `limit` hits per window. One atomic
 * statement (SQLite and PostgreSQL share the syntax): no transaction to hold open, so
 * concurrent hits never wait on one another's round trips (tools/bench).
 */
export async function withinLimit(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  return withinQuota(key, 1, limit, windowMs, now);
}

/**
 * Counts `amount` (bytes, say) against the key; true while the window's total stays within
 * `limit`. What is refused still counts: a client over its quota stays over it.
 */
export async function withinQuota(
  rawKey: string,
  amount: number,
  limit: number,
  windowMs: number,
  now = new Date(),
): Promise<boolean> {
  if (windowMs > LONGEST_WINDOW_MS)
    throw new Error(`A rate-limit window is at most ${LONGEST_WINDOW_MS} ms (expired windows are deleted after that)`);
  const key = boundedKey(rawKey);
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, ${amount})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" = excluded."windowStart" THEN "RateLimit"."count" + excluded."count" ELSE excluded."count" END,
      "windowStart" = excluded."windowStart"
    RETURNING "count"`;
  return Number(row!.count) <= limit;
}

/**
 * Deletes windows that have ended (run by the background jobs): without it the table only
 * grows, one row per address ever seen. A deleted window and a stale one count the same:
 * the next hit starts a new window either way.
 */
export async function deleteExpiredRateLimits(now = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - LONGEST_WINDOW_MS) } },
  });
  return count;
}

/** Whole seconds until the current window of `windowMs` ends (windows start at multiples of their length). */
export function retryAfterSeconds(windowMs: number, now = new Date()): number {
  return Math.max(1, Math.ceil((windowMs - (now.getTime() % windowMs)) / 1000));
}
