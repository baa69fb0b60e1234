import "server-only";
/**
 * Staff sign-in and sessions, stored in the database so every instance sees a sign-out or
 * a revocation at once. The browser holds a random 256-bit token in an HttpOnly cookie;
 * only its SHA-256 is stored. Sessions end after 30 idle minutes or 12 hours in all, and
 * are revoked on sign-out, password or role change, and when the account is disabled.
 */
import { createHash, randomBytes } from "node:crypto";
import { decryptText, hashSecret, secretsEqual } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { StaffRole } from "../db/generated/enums";
import { recordAudit } from "./audit";
import { clearAttempts, reserveAttempt } from "./login-throttle";
import { hashPassword, verifyPassword } from "./passwords";
import { acceptedStep } from "./two-factor";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** Wrong codes one second-factor challenge takes before it is spent (the throttle counts them too). */
export const CHALLENGE_ATTEMPTS = 5;

/** The database's enum: roles have no other definition. */
export type Role = StaffRole;
export type StaffMember = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** The account may do nothing but set up its second factor: an admin, or required by one, without it yet. */
  mustSetUpTwoFactor: boolean;
  /** The workspace language chosen on "Your account" (ru | be | en), or null: see staff-i18n.ts. */
  language: string | null;
  /** May propose and review changes to rules and page text (an admin grants it; admins may anyway). */
  editor: boolean;
};

declare const verified: unique symbol;
/**
 * A staff member whose session this module has checked. Only staffForToken creates one, so
 * the data layer cannot be handed a made-up account: its functions take this type.
 */
export type VerifiedStaff = StaffMember & { readonly [verified]: true };

/** For the data layer: an account that must set up its second factor may do nothing else. */
export function assertCanWork(staff: VerifiedStaff): void {
  if (staff.mustSetUpTwoFactor) throw new Error("Set up the second factor first");
}

/** For the data layer: admin-only functions call this whatever their caller checked. */
export function assertAdmin(staff: VerifiedStaff): void {
  if (staff.role !== "admin" || staff.mustSetUpTwoFactor) throw new Error("Administrators only");
}

/** Proposing and reviewing changes to rules and page text: admins, and staff an admin made editors. */
export const canEditContent = (staff: VerifiedStaff): boolean =>
  !staff.mustSetUpTwoFactor && (staff.role === "admin" || staff.editor);

/** For the data layer: functions of the change flow call this whatever their caller checked. */
export function assertEditor(staff: VerifiedStaff): void {
  if (!canEditContent(staff)) throw new Error("Editors only");
}

/** The admin role cannot be used without a second factor (ASVS 5.0 6.3.3); others need one when required. */
export const needsTwoFactorSetup = (user: { role: string; totpRequired: boolean; totpEnabled: boolean }): boolean =>
  (user.role === "admin" || user.totpRequired) && !user.totpEnabled;

/** Who is signing in, for the throttle and the audit trail (the user agent is stored only as a hash). */
export type Client = { ip: string; userAgent: string; browser: string };
const clientDetails = (client: Client) => ({
  ip: client.ip,
  userAgentHash: createHash("sha256").update(client.userAgent).digest("base64url").slice(0, 22),
});

// Verified against when the e-mail is unknown, so an unknown account costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export type SignIn =
  | { ok: true; token: string }
  /** "locked": too many attempts at this e-mail (known or not) for now; see login-throttle.ts. */
  | { ok: false; reason: "invalid" | "locked" }
  /** The password was right; `challenge` (kept by this browser) goes with the code to completeSecondFactor. */
  | { ok: "second_factor"; challenge: string };

export async function signIn(email: string, password: string, client: Client, now = new Date()): Promise<SignIn> {
  const normalized = email.trim().toLowerCase();
  if (!(await reserveAttempt(normalized, client.ip, now))) {
    await recordAudit({ actor: "public", action: "staff.login_throttled", details: clientDetails(client) });
    return { ok: false, reason: "locked" };
  }
  const user = await db.staffUser.findUnique({ where: { email: normalized } });
  if (!user || user.disabled) {
    await verifyPassword(await unknownAccountHash(), password);
    await recordAudit({
      actor: "public",
      action: "staff.login_failed",
      details: { reason: user ? "disabled" : "unknown", ...clientDetails(client) },
    });
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordAudit({ actor: { staffId: user.id }, action: "staff.login_failed", details: clientDetails(client) });
    return { ok: false, reason: "invalid" };
  }
  if (!user.totpEnabled) return { ok: true, token: await startSession(user, client, now) };
  const challenge = randomBytes(32).toString("base64url");
  await db.staffLoginChallenge.deleteMany({ where: { expiresAt: { lt: now } } }); // the table holds only live ones
  await db.staffLoginChallenge.create({
    data: {
      id: hashSecret(challenge),
      userId: user.id,
      browserHash: hashSecret(client.browser),
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    },
  });
  return { ok: "second_factor", challenge };
}

/**
 * The second step of signing in: the code from the authenticator app. The challenge must
 * come from the browser that passed the password, is good for a few codes within five
 * minutes, and is consumed by the first right one; each code is accepted once per time step.
 */
export async function completeSecondFactor(
  challenge: string,
  code: string,
  client: Client,
  now = new Date(),
): Promise<SignIn> {
  const id = hashSecret(challenge);
  const found = await db.staffLoginChallenge.findUnique({ where: { id }, include: { user: true } });
  if (!found || found.expiresAt <= now || !secretsEqual(found.browserHash, hashSecret(client.browser)))
    return { ok: false, reason: "invalid" };
  const { user } = found;
  if (user.disabled || !user.totpEnabled || !user.totpSecretEnc) return { ok: false, reason: "invalid" };
  if (!(await reserveAttempt(user.email, client.ip, now))) return { ok: false, reason: "locked" };
  // One atomic step per code tried: parallel tries cannot exceed the challenge's allowance.
  const counted = await db.staffLoginChallenge.updateMany({
    where: { id, attempts: { lt: CHALLENGE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count !== 1) return { ok: false, reason: "invalid" };
  const step = acceptedStep(decryptText(user.totpSecretEnc), code, user.totpLastStep, now.getTime());
  // Only one sign-in can use this time step (a replayed code leaves the challenge as it was),
  // and the challenge is consumed exactly once, even if two right codes arrive together.
  const claimed =
    step !== null &&
    (
      await db.staffUser.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      })
    ).count === 1 &&
    (await db.staffLoginChallenge.deleteMany({ where: { id } })).count === 1;
  if (!claimed) {
    await recordAudit({
      actor: { staffId: user.id },
      action: "staff.login_failed",
      details: { step: "code", ...clientDetails(client) },
    });
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, token: await startSession(user, client, now) };
}

async function startSession(user: { id: string; email: string }, client: Client, now: Date): Promise<string> {
  // A new token at every sign-in: a session id planted before sign-in is worthless (fixation).
  const token = randomBytes(32).toString("base64url");
  const sessionId = hashSecret(token);
  await db.$transaction(async (tx) => {
    await tx.staffLoginChallenge.deleteMany({ where: { userId: user.id } });
    await tx.staffSession.create({
      data: {
        id: sessionId,
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
      },
    });
    await clearAttempts(user.email, tx);
    await recordAudit(
      { actor: { staffId: user.id }, action: "staff.login", details: { sessionId, ...clientDetails(client) } },
      tx,
    );
  });
  return token;
}

/** The staff member a session token belongs to, if the session is still valid; refreshes its idle timer. */
export async function staffForToken(token: string | undefined, now = new Date()): Promise<VerifiedStaff | null> {
  if (!token) return null;
  const session = await db.staffSession.findUnique({ where: { id: hashSecret(token) }, include: { user: true } });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabled) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  const member: StaffMember = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: session.id,
    mustSetUpTwoFactor: needsTwoFactorSetup(user),
    language: user.language,
    editor: user.editor,
  };
  return member as VerifiedStaff;
}

export async function signOut(token: string | undefined): Promise<void> {
  if (!token) return;
  const id = hashSecret(token);
  const session = await db.staffSession.findUnique({ where: { id } });
  if (!session) return;
  await db.$transaction(async (tx) => {
    await tx.staffSession.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit({ actor: { staffId: session.userId }, action: "staff.logout", details: { sessionId: id } }, tx);
  });
}

/** Signs an account out everywhere (but for `keep`, the session making the change), pending second steps included. */
export async function revokeAllSessions(
  userId: string,
  keep?: string,
  tx: Prisma.TransactionClient = db,
): Promise<number> {
  await tx.staffLoginChallenge.deleteMany({ where: { userId } });
  const where = { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) };
  return (await tx.staffSession.updateMany({ where, data: { revokedAt: new Date() } })).count;
}
