/**
 * Access codes: the secret that, with the reference, opens a request to its applicant.
 *
 * Stored as "h1.<HMAC-SHA-256(access-code key, SHA-256(code))>". The key is derived from
 * DATA_INDEX_KEY (HKDF, its own label), so a copy of the database alone cannot be searched
 * for codes: a plain hash of a 49-bit code could be brute-forced offline in hours.
 * The inner SHA-256 is what rows stored before the key existed hold ("legacy", no prefix):
 * upgradeLegacyAccessCodes() wraps those in the HMAC without knowing the codes, once, at start.
 *
 * A key rotation changes the derived key. Codes cannot be re-keyed by `keys:rotate` (only
 * their holders know them): while DATA_INDEX_KEY_PREVIOUS is set, a code keyed with the old
 * key still opens its request and is re-keyed on that use; after it is removed, a code not
 * used meanwhile no longer works and its holder asks for a new one ("Send me a new access
 * code" on the tracking page).
 */
import "server-only";
import { createHash, createHmac, randomInt } from "node:crypto";
import { derivedKey } from "../crypto/derived-keys";
import { keys, previousKeys } from "../crypto/keys";
import { secretsEqual } from "../crypto/protect";
import { db } from "../db/client";
import { log } from "../log";

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 10;
const VERSION = "h1.";

/** 10 characters of a 30-letter alphabet without look-alikes: about 49 bits. */
export function generateAccessCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** As typed or dictated: any case, spaces and dashes ignored. */
export function normalizeAccessCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-–—_]/g, "")
    .slice(0, 40);
}

const innerHash = (code: string) => createHash("sha256").update(normalizeAccessCode(code)).digest("base64url");
const wrap = (inner: string, indexKey: Buffer) =>
  VERSION + createHmac("sha256", derivedKey(indexKey, "access codes")).update(inner).digest("base64url");

/** What is stored for a code. */
export function hashAccessCode(code: string): string {
  return wrap(innerHash(code), keys().index);
}

/**
 * Whether `code` is the one `stored` was made from: "current" (keyed with today's key),
 * "stale" (with the previous key during a rotation, or a legacy row: store hashAccessCode
 * again), or null.
 */
export function matchAccessCode(stored: string, code: string): "current" | "stale" | null {
  if (!code) return null;
  const inner = innerHash(code);
  if (!stored.startsWith(VERSION)) return secretsEqual(stored, inner) ? "stale" : null;
  if (secretsEqual(stored, wrap(inner, keys().index))) return "current";
  const previous = previousKeys();
  return previous && secretsEqual(stored, wrap(inner, previous.index)) ? "stale" : null;
}

/**
 * Wraps every legacy (plain SHA-256) hash in the HMAC. Idempotent and safe with several
 * instances at once: each row is rewritten only while it still holds the legacy value.
 */
export async function upgradeLegacyAccessCodes(): Promise<number> {
  let upgraded = 0;
  for (;;) {
    const rows = await db.request.findMany({
      where: { NOT: { accessCodeHash: { startsWith: VERSION } } },
      select: { id: true, accessCodeHash: true },
      take: 500,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const done = await db.request.updateMany({
        where: { id: row.id, accessCodeHash: row.accessCodeHash },
        data: { accessCodeHash: wrap(row.accessCodeHash, keys().index) },
      });
      upgraded += done.count;
    }
  }
  if (upgraded > 0) log.info({ event: "access_codes.upgraded", count: upgraded });
  return upgraded;
}
