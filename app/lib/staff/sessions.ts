/**
 * Staff sign-in and sessions, stored in the database so every instance sees a sign-out or
 * a revocation at once. The browser holds a random 256-bit token in an HttpOnly cookie;
 * only its SHA-256 is stored. Sessions end after 30 idle minutes or 12 hours in all, and
 * are revoked on sign-out, password or role change, and when the account is disabled.
 */
import { randomBytes } from "node:crypto";
import { decryptText, hashSecret, sign, verifySigned } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "./audit";
import { hashPassword, verifyPassword } from "./passwords";
import { acceptedStep } from "./two-factor";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_FOR_MS = 15 * 60 * 1000;

export type Role = "officer" | "admin";
export type StaffMember = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** An admin requires a second factor that this account has not set up yet. */
  mustSetUpTwoFactor: boolean;
  /** The workspace language chosen on "Your account" (ru | be | en), or null: see staff-i18n.ts. */
  language: string | null;
};

/** For the data layer: admin-only functions call this whatever their caller checked. */
export function assertAdmin(staff: StaffMember): void {
  if (staff.role !== "admin" || staff.mustSetUpTwoFactor) throw new Error("Administrators only");
}

// Verified against when the e-mail is unknown, so an unknown account costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export type SignIn =
  | { ok: true; token: string }
  | { ok: false; reason: "invalid" | "locked" }
  /** The password was right; `challenge` (signed, short-lived) goes with the code to completeSecondFactor. */
  | { ok: "second_factor"; challenge: string };

const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export async function signIn(email: string, password: string, now = new Date()): Promise<SignIn> {
  const user = await db.staffUser.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.disabled) {
    await verifyPassword(await unknownAccountHash(), password);
    await recordAudit({ actorId: null, action: "staff.login_failed", details: { reason: user ? "disabled" : "unknown" } });
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit({ actorId: user.id, action: "staff.login_locked" });
    return { ok: false, reason: "locked" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return failedAttempt(user, now);
  if (user.totpEnabled) return { ok: "second_factor", challenge: sign(`${user.id}:${now.getTime() + CHALLENGE_TTL_MS}`) };
  return { ok: true, token: await startSession(user.id, now) };
}

/** The second step of signing in: the code from the authenticator app, checked once per time step. */
export async function completeSecondFactor(challenge: string, code: string, now = new Date()): Promise<SignIn> {
  const [userId, expires] = (verifySigned(challenge) ?? "").split(":");
  if (!userId || !(Number(expires) > now.getTime())) return { ok: false, reason: "invalid" };
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user || user.disabled || !user.totpEnabled || !user.totpSecretEnc) return { ok: false, reason: "invalid" };
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked" };
  const step = acceptedStep(decryptText(user.totpSecretEnc), code, user.totpLastStep, now.getTime());
  if (step === null) return failedAttempt(user, now);
  // Only one sign-in can use this time step, even if two arrive together.
  const claimed = await db.staffUser.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  if (claimed.count !== 1) return failedAttempt(user, now);
  return { ok: true, token: await startSession(user.id, now) };
}

async function failedAttempt(user: { id: string; failedLogins: number; lockedUntil: Date | null }, now: Date): Promise<SignIn> {
  const failures = user.failedLogins + 1;
  const lock = failures >= LOCK_AFTER_FAILURES;
  await db.staffUser.update({
    where: { id: user.id },
    data: { failedLogins: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + LOCK_FOR_MS) : user.lockedUntil },
  });
  await recordAudit({ actorId: user.id, action: lock ? "staff.locked" : "staff.login_failed" });
  return { ok: false, reason: lock ? "locked" : "invalid" };
}

async function startSession(userId: string, now: Date): Promise<string> {
  // A new token at every sign-in: a session id planted before sign-in is worthless (fixation).
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.staffUser.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null } }),
    db.staffSession.create({
      data: { id: hashSecret(token), userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS) },
    }),
  ]);
  await recordAudit({ actorId: userId, action: "staff.login" });
  return token;
}

/** The staff member a session token belongs to, if the session is still valid; refreshes its idle timer. */
export async function staffForToken(token: string | undefined, now = new Date()): Promise<StaffMember | null> {
  if (!token) return null;
  const session = await db.staffSession.findUnique({ where: { id: hashSecret(token) }, include: { user: true } });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabled) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    sessionId: session.id,
    mustSetUpTwoFactor: user.totpRequired && !user.totpEnabled,
    language: user.language,
  };
}

export async function signOut(token: string | undefined): Promise<void> {
  if (!token) return;
  const id = hashSecret(token);
  const session = await db.staffSession.findUnique({ where: { id } });
  if (!session) return;
  await db.staffSession.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit({ actorId: session.userId, action: "staff.logout" });
}

/** Signs an account out everywhere (but for `keep`, the session making the change). */
export async function revokeAllSessions(userId: string, keep?: string, tx: Prisma.TransactionClient = db): Promise<number> {
  const where = { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) };
  return (await tx.staffSession.updateMany({ where, data: { revokedAt: new Date() } })).count;
}
