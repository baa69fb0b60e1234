/**
 * Encryption of personal data at rest, and the keyed hashes used to find it again.
 * Ciphertext is versioned ("v1.<iv>.<tag>.<data>", base64url) so keys can be rotated later
 * without rewriting everything at once.
 */
import "server-only";
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { keys, previousKeys } from "./keys";

const VERSION = "v1";

export function encryptBytes(plain: Buffer, key: Buffer = keys().encryption): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

function openWith(sealed: Buffer, key: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/** Opens a sealed value; during a key rotation, one the previous key sealed opens too. */
export function decryptBytes(sealed: Buffer, key?: Buffer): Buffer {
  if (key) return openWith(sealed, key);
  try {
    return openWith(sealed, keys().encryption);
  } catch (error) {
    const previous = previousKeys();
    if (!previous) throw error;
    return openWith(sealed, previous.encryption);
  }
}

export function encryptText(plain: string, key?: Buffer): string {
  return `${VERSION}.${encryptBytes(Buffer.from(plain, "utf8"), key).toString("base64url")}`;
}

export function decryptText(sealed: string, key?: Buffer): string {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || !payload) throw new Error("Unknown ciphertext version");
  return decryptBytes(Buffer.from(payload, "base64url"), key).toString("utf8");
}

/**
 * Keyed hash of a normalized value: equal inputs give equal indexes, and nothing can be read
 * back. (During a key rotation, rows not yet re-indexed are found only after keys:rotate.)
 */
export function blindIndex(normalized: string, key: Buffer = keys().index): string {
  return createHmac("sha256", key).update(normalized).digest("base64url");
}

/** For random secrets (access codes, session tokens): a fast hash is enough, they cannot be guessed. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

export function secretsEqual(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
