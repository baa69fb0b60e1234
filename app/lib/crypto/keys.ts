/**
 * The keys that protect personal data at rest: one to encrypt (AES-256-GCM) and one for
 * blind indexes and signatures (HMAC-SHA-256). Production sets DATA_ENCRYPTION_KEY and
 * DATA_INDEX_KEY (32 random bytes each, base64). The embedded default generates both on
 * first start into data/keys.json beside the SQLite file (git-ignored, backed up with it).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config, reloadConfig } from "../config";
import { databaseUrl, sqliteFilePath } from "../db/database-url";

export type Keys = { encryption: Buffer; index: Buffer };

let cached: Keys | undefined;

function decode(name: string, value: string): Buffer {
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`);
  return key;
}

function fromFile(): Keys {
  const url = databaseUrl();
  if (!url.startsWith("file:"))
    throw new Error("Set DATA_ENCRYPTION_KEY and DATA_INDEX_KEY: only the embedded SQLite setup generates keys");
  const file = path.join(path.dirname(sqliteFilePath(url)), "keys.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const generated = { encryption: randomBytes(32).toString("base64"), index: randomBytes(32).toString("base64") };
    // "wx": never overwrite keys another process wrote first; losing a key loses the data it protects.
    try {
      fs.writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  fs.chmodSync(file, 0o600); // owner only, also when an operator copied it in with a wider mode
  const stored = JSON.parse(fs.readFileSync(file, "utf8")) as { encryption: string; index: string };
  return {
    encryption: decode("keys.json encryption", stored.encryption),
    index: decode("keys.json index", stored.index),
  };
}

/**
 * During a key rotation only (see DEPLOYMENT.md): the keys being replaced, from
 * DATA_ENCRYPTION_KEY_PREVIOUS and DATA_INDEX_KEY_PREVIOUS. Values they sealed still open
 * until `npm run keys:rotate` has re-sealed everything under the current keys.
 */
export function previousKeys(): Keys | null {
  const previous = config().previousKeys;
  if (!previous) return null;
  return {
    encryption: decode("DATA_ENCRYPTION_KEY_PREVIOUS", previous.encryption),
    index: decode("DATA_INDEX_KEY_PREVIOUS", previous.index),
  };
}

/** Reads the keys again from the environment (after a rotation, and in tests). */
export function reloadKeys(): void {
  reloadConfig();
  cached = undefined;
}

export function keys(): Keys {
  if (cached) return cached;
  const given = config().keys;
  cached = given
    ? { encryption: decode("DATA_ENCRYPTION_KEY", given.encryption), index: decode("DATA_INDEX_KEY", given.index) }
    : fromFile();
  return cached;
}
