/**
 * Rate limits shared by every instance: a fixed window per key, counted in the database.
 * Clients are keyed by address, IPv6 by its /64 (one household or phone gets a whole /64,
 * so per-address keys would be trivial to rotate).
 */
import { db } from "./db/client";

export function clientKey(ip: string): string {
  if (!ip.includes(":")) return ip;
  const halves = ip.split("::");
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves[1] ? halves[1].split(":") : [];
  const groups = halves.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill("0"), ...tail] : head;
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * Counts one hit; true while the key stays within `limit` hits per window. One atomic
 * statement (SQLite and PostgreSQL share the syntax): no transaction to hold open, so
 * concurrent hits never wait on one another's round trips (tests/bench).
 */
export async function withinLimit(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  return withinQuota(key, 1, limit, windowMs, now);
}

/**
 * Counts `amount` (bytes, say) against the key; true while the window's total stays within
 * `limit`. What is refused still counts: a client over its quota stays over it.
 */
export async function withinQuota(key: string, amount: number, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, ${amount})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" = excluded."windowStart" THEN "RateLimit"."count" + excluded."count" ELSE excluded."count" END,
      "windowStart" = excluded."windowStart"
    RETURNING "count"`;
  return Number(row!.count) <= limit;
}
