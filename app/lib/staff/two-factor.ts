/**
 * The optional second factor for staff: time-based one-time passwords (RFC 6238, the codes
 * of any authenticator app). Pure: the secret is stored encrypted by the caller, and the
 * caller remembers the last accepted time step so that a code works only once.
 */
import { Secret, TOTP } from "otpauth";

const PERIOD_SECONDS = 30;

const totp = (secret: string, account = "staff") =>
  new TOTP({
    issuer: "Consular Helper",
    label: account,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new random secret (160 bits, base32), as authenticator apps expect. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpUri = (secret: string, account: string): string => totp(secret, account).toString();

/** The code an authenticator shows at `now` (for tests and for nothing else). */
export const totpCode = (secret: string, now: number): string => totp(secret).generate({ timestamp: now });

/**
 * The time step a code belongs to if it is valid at `now`, allowing one step of clock drift
 * either way, and only if it is later than `lastStep` (no replay); otherwise null.
 */
export function acceptedStep(secret: string, code: string, lastStep: number | null, now: number): number | null {
  const token = code.replace(/[\s-]/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
