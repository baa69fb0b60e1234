/**
 * Reference numbers that can be read over the phone: "BP-7K3M-9QXT". Crockford's alphabet
 * (no I, L, O or U, so nothing is mistaken for 1, 0 or V) without Z, which leaves 31
 * characters: 7 random ones and a check character, a weighted sum modulo the prime 31.
 * Because every difference between two characters and every weight is below 31, the
 * check catches any single mistyped character and any swap of neighbours.
 */
import { randomInt } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
const PREFIX = "BP";
const RANDOM_LENGTH = 7;

function checkCharacter(body: string): string {
  const sum = Array.from(body).reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * (i + 1), 0);
  return ALPHABET[sum % 31]!;
}

export function generateReference(): string {
  return referenceFor(Array.from({ length: RANDOM_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
}

/** The reference for seven characters of the alphabet (random in use; numbered in the benchmarks). */
export function referenceFor(body: string): string {
  const full = body + checkCharacter(body);
  return `${PREFIX}-${full.slice(0, 4)}-${full.slice(4)}`;
}

/**
 * Reads a reference as a person typed or dictated it: any case, spaces or dashes, and the
 * look-alikes O→0, I/L→1. Returns the canonical form, or null when it cannot be valid.
 */
export function normalizeReference(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—_]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  const body = compact.startsWith(PREFIX) ? compact.slice(PREFIX.length) : compact;
  if (body.length !== RANDOM_LENGTH + 1 || !Array.from(body).every((ch) => ALPHABET.includes(ch))) return null;
  if (checkCharacter(body.slice(0, -1)) !== body.at(-1)) return null;
  return `${PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}
