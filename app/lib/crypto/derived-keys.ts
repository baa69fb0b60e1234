/**
 * Keys with one job each, derived from DATA_INDEX_KEY with HKDF-SHA-256 and a label, so a
 * value keyed for one purpose (an access code's hash, a tracking session) can never be
 * replayed as another's, and no further secret has to be configured or backed up.
 */
import { hkdfSync } from "node:crypto";

export type KeyPurpose = "access codes" | "tracking sessions" | "wait-list offers";

const cache = new WeakMap<Buffer, Map<KeyPurpose, Buffer>>();

export function derivedKey(indexKey: Buffer, purpose: KeyPurpose): Buffer {
  let byPurpose = cache.get(indexKey);
  if (!byPurpose) cache.set(indexKey, (byPurpose = new Map<KeyPurpose, Buffer>()));
  let key = byPurpose.get(purpose);
  if (!key)
    byPurpose.set(
      purpose,
      (key = Buffer.from(hkdfSync("sha256", indexKey, Buffer.alloc(0), `consular-helper ${purpose}`, 32))),
    );
  return key;
}
