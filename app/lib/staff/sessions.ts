/**
 * Staff sign-in and sessions, stored in the database so every instance sees a sign-out or
 * a revocation at once. The browser holds a random 256-bit token in an HttpOnly cookie;
 * only its SHA-256 is stored. Sessions end after 30 idle minutes or 12 hours in all, and
 * are revoked on sign-out, password or role change, and when the account is disabled.
 */
import { randomBytes } from "node:crypto";
import { hashSecret } from "../crypto/protect";
import { db } from "../db/client";
import { recordAudit } from "./audit";
import { hashPassword, verifyPassword } from "./passwords";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_FOR_MS = 15 * 60 * 1000;

export type Role = "officer" | "admin";
export type StaffMember = { id: string; email: string; name: string; role: Role; sessionId: string };

// Verified against when the e-mail is unknown, so an unknown account costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export type SignIn = { ok: true; token: string } | { ok: false; reason: "invalid" | "locked" };

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
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= LOCK_AFTER_FAILURES;
    await db.staffUser.update({
      where: { id: user.id },
      data: { failedLogins: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + LOCK_FOR_MS) : user.lockedUntil },
    });
    await recordAudit({ actorId: user.id, action: lock ? "staff.locked" : "staff.login_failed" });
    return { ok: false, reason: lock ? "locked" : "invalid" };
  }
  // A new token at every sign-in: a session id planted before sign-in is worthless (fixation).
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.staffUser.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } }),
    db.staffSession.create({
      data: { id: hashSecret(token), userId: user.id, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS) },
    }),
  ]);
  await recordAudit({ actorId: user.id, action: "staff.login" });
  return { ok: true, token };
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
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, sessionId: session.id };
}

export async function signOut(token: string | undefined): Promise<void> {
  if (!token) return;
  const id = hashSecret(token);
  const session = await db.staffSession.findUnique({ where: { id } });
  if (!session) return;
  await db.staffSession.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit({ actorId: session.userId, action: "staff.logout" });
}

export async function revokeAllSessions(userId: string): Promise<number> {
  return (await db.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })).count;
}
