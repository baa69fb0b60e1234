/**
 * Staff accounts: what an admin does to them (add, disable, reset the password, change the
 * role, require or reset the second factor), what each staff member does to their own
 * (change the password, set up the second factor), and the shell command for the first
 * admin. Every change that alters what a person may do signs that person out everywhere,
 * and every change is audited. Admin-only functions check the role themselves.
 */
import { z } from "zod";
import { decryptText, encryptText } from "../crypto/protect";
import { db } from "../db/client";
import { recordAudit } from "./audit";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords";
import { assertAdmin, revokeAllSessions, type Role, type StaffMember } from "./sessions";
import { acceptedStep, newTotpSecret } from "./two-factor";

export const ROLES = ["officer", "admin"] as const satisfies readonly Role[];

export const newAccount = z.object({
  email: z.string().trim().toLowerCase().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "email").max(200),
  name: z.string().trim().min(1, "name").max(100),
  role: z.enum(ROLES, "role"),
  password: z.string().min(MIN_PASSWORD_LENGTH, "password").max(200),
});
export const password = newAccount.shape.password;

export type AccountResult = { ok: true; id: string } | { ok: false; error: "exists" | "lastAdmin" | "notFound" | "wrongPassword" | "wrongCode" };

export async function listStaff(admin: StaffMember) {
  assertAdmin(admin);
  return db.staffUser.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, totpEnabled: true, totpRequired: true, lockedUntil: true, createdAt: true },
  });
}

export async function findStaff(admin: StaffMember, id: string) {
  assertAdmin(admin);
  return db.staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, totpEnabled: true, totpRequired: true, lockedUntil: true, createdAt: true },
  });
}

/** Everyone who can work on requests, for the assign-to list and the queue filter. */
export async function activeStaff() {
  return db.staffUser.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function addStaff(admin: StaffMember, input: z.infer<typeof newAccount>): Promise<AccountResult> {
  assertAdmin(admin);
  if (await db.staffUser.findUnique({ where: { email: input.email } })) return { ok: false, error: "exists" };
  const user = await db.staffUser.create({
    data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
  });
  await recordAudit({ actorId: admin.id, action: "staff.created", targetType: "staff", targetId: user.id, details: { role: user.role } });
  return { ok: true, id: user.id };
}

/**
 * Role, disabled and "second factor required" in one change. Refused when it would leave
 * no enabled admin. A new role or a disabled account signs the person out everywhere.
 */
export async function changeAccess(admin: StaffMember, id: string, access: { role: Role; disabled: boolean; totpRequired: boolean }): Promise<AccountResult> {
  assertAdmin(admin);
  return db.$transaction(async (tx): Promise<AccountResult> => {
    const user = await tx.staffUser.findUnique({ where: { id } });
    if (!user) return { ok: false, error: "notFound" };
    const losesAdmin = user.role === "admin" && !user.disabled && (access.role !== "admin" || access.disabled);
    if (losesAdmin && (await tx.staffUser.count({ where: { role: "admin", disabled: false } })) <= 1) return { ok: false, error: "lastAdmin" };
    await tx.staffUser.update({ where: { id }, data: access });
    if (access.role !== user.role || (access.disabled && !user.disabled)) await revokeAllSessions(id, undefined, tx);
    const changes = {
      ...(access.role !== user.role ? { role: access.role } : {}),
      ...(access.disabled !== user.disabled ? { disabled: access.disabled } : {}),
      ...(access.totpRequired !== user.totpRequired ? { totpRequired: access.totpRequired } : {}),
    };
    await recordAudit({ actorId: admin.id, action: "staff.access_changed", targetType: "staff", targetId: id, details: changes }, tx);
    return { ok: true, id };
  });
}

/** An admin sets a new password for someone who forgot theirs: their sessions end and any lock is lifted. */
export async function resetPassword(admin: StaffMember, id: string, newPassword: string): Promise<AccountResult> {
  assertAdmin(admin);
  if (!(await db.staffUser.findUnique({ where: { id } }))) return { ok: false, error: "notFound" };
  await setPassword(id, newPassword);
  await recordAudit({ actorId: admin.id, action: "staff.password_reset", targetType: "staff", targetId: id });
  return { ok: true, id };
}

/** For a lost phone: the second factor is removed (to be set up again if required) and sessions end. */
export async function resetTwoFactor(admin: StaffMember, id: string): Promise<AccountResult> {
  assertAdmin(admin);
  const reset = await db.staffUser.updateMany({ where: { id }, data: { totpEnabled: false, totpSecretEnc: null, totpLastStep: null } });
  if (reset.count !== 1) return { ok: false, error: "notFound" };
  await revokeAllSessions(id);
  await recordAudit({ actorId: admin.id, action: "staff.two_factor_reset", targetType: "staff", targetId: id });
  return { ok: true, id };
}

/** A staff member changes their own password: their other sessions end, this one stays. */
export async function changeOwnPassword(staff: StaffMember, current: string, next: string): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: staff.id } });
  if (!user) return { ok: false, error: "notFound" };
  if (!(await verifyPassword(user.passwordHash, current))) return { ok: false, error: "wrongPassword" };
  await setPassword(staff.id, next, staff.sessionId);
  await recordAudit({ actorId: staff.id, action: "staff.password_changed", targetType: "staff", targetId: staff.id });
  return { ok: true, id: staff.id };
}

async function setPassword(id: string, newPassword: string, keepSession?: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    await revokeAllSessions(id, keepSession, tx);
  });
}

/**
 * The second factor of one's own account: on, or the secret being set up (a new one until
 * the staff member proves with a code that their app has it; stored encrypted and not
 * used for sign-in until confirmed).
 */
export async function twoFactorSetup(staff: StaffMember): Promise<{ enabled: true } | { enabled: false; secret: string }> {
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } });
  if (user.totpEnabled) return { enabled: true };
  if (user.totpSecretEnc) return { enabled: false, secret: decryptText(user.totpSecretEnc) };
  const secret = newTotpSecret();
  await db.staffUser.update({ where: { id: staff.id }, data: { totpSecretEnc: encryptText(secret) } });
  return { enabled: false, secret };
}

export async function confirmTwoFactor(staff: StaffMember, code: string, now = Date.now()): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: staff.id } });
  if (!user?.totpSecretEnc || user.totpEnabled) return { ok: false, error: "notFound" };
  const step = acceptedStep(decryptText(user.totpSecretEnc), code, user.totpLastStep, now);
  if (step === null) return { ok: false, error: "wrongCode" };
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { totpEnabled: true, totpLastStep: step } });
    // Whoever might have signed in with the password alone is signed out.
    await revokeAllSessions(staff.id, staff.sessionId, tx);
  });
  await recordAudit({ actorId: staff.id, action: "staff.two_factor_enabled", targetType: "staff", targetId: staff.id });
  return { ok: true, id: staff.id };
}

/**
 * `npm run staff:add`: creates an account, or resets the password and role of an existing
 * one (lifting a lock, enabling it, signing it out everywhere). No admin exists yet on a
 * new install, so this is the one change made without a signed-in actor.
 */
export async function upsertStaffFromShell(input: z.infer<typeof newAccount>): Promise<"created" | "updated"> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.staffUser.findUnique({ where: { email: input.email } });
  const user = await db.staffUser.upsert({
    where: { email: input.email },
    create: { email: input.email, name: input.name, role: input.role, passwordHash },
    update: { role: input.role, passwordHash, disabled: false, failedLogins: 0, lockedUntil: null },
  });
  if (existing) await revokeAllSessions(user.id);
  await recordAudit({ actorId: null, action: existing ? "staff.reset_from_shell" : "staff.created_from_shell", targetType: "staff", targetId: user.id, details: { role: user.role } });
  return existing ? "updated" : "created";
}
