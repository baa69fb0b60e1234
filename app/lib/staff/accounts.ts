/**
 * Staff accounts: what an admin does to them (add, disable, reset the password, change the
 * role, require or reset the second factor), what each staff member does to their own
 * (change the password, set up the second factor), and the shell command for the first
 * admin. Every change that alters what a person may do signs that person out everywhere,
 * and every change is audited. Admin-only functions check the role themselves.
 */
import "server-only";
import { z } from "zod";
import { decryptText, encryptText } from "../crypto/protect";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { recordAudit, type AuditEntry } from "./audit";
import { clearAttempts, throttledEmails } from "./login-throttle";
import { hashPassword, isWeakPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords";
import { assertAdmin, revokeAllSessions, type Role, type VerifiedStaff } from "./sessions";
import { acceptedStep, newTotpSecret } from "./two-factor";

export const ROLES = ["officer", "admin"] as const satisfies readonly Role[];

/** A new password: long enough, and not among the common ones zxcvbn knows ("weakPassword"). */
export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "password")
  .max(200, "password")
  .refine((value) => !isWeakPassword(value), "weakPassword");

export const newAccount = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "email")
      .max(200),
    name: z.string().trim().min(1, "name").max(100),
    role: z.enum(ROLES, "role"),
    password,
  })
  // Nor built from the person's own e-mail or name.
  .refine((input) => !isWeakPassword(input.password, [input.email, input.name]), {
    error: "weakPassword",
    path: ["password"],
  });

export type AccountResult =
  | { ok: true; id: string }
  | { ok: false; error: "exists" | "lastAdmin" | "notFound" | "wrongPassword" | "wrongCode" | "needsTwoFactor" };

/** What the admin pages see of an account: never its password hash or second-factor secret. */
const ACCOUNT_VIEW = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  totpEnabled: true,
  totpRequired: true,
  editor: true,
  createdAt: true,
} as const;

/** Every account, with `throttled` when sign-in at its e-mail is paused from everywhere (login-throttle.ts). */
export async function listStaff(admin: VerifiedStaff) {
  assertAdmin(admin);
  const people = await db.staffUser.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { email: "asc" }],
    select: ACCOUNT_VIEW,
  });
  const throttled = await throttledEmails(people.map((person) => person.email));
  return people.map((person) => ({ ...person, throttled: throttled.has(person.email) }));
}

export async function findStaff(admin: VerifiedStaff, id: string) {
  assertAdmin(admin);
  return db.staffUser.findUnique({ where: { id }, select: ACCOUNT_VIEW });
}

/** Everyone who can work on requests, for the assign-to list and the queue filter. */
export async function activeStaff() {
  return db.staffUser.findMany({
    where: { disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function addStaff(admin: VerifiedStaff, input: z.infer<typeof newAccount>): Promise<AccountResult> {
  assertAdmin(admin);
  if (await db.staffUser.findUnique({ where: { email: input.email } })) return { ok: false, error: "exists" };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx): Promise<AccountResult> => {
      const user = await tx.staffUser.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
      });
      await recordAudit(
        {
          actor: { staffId: admin.id },
          action: "staff.created",
          targetType: "staff",
          targetId: user.id,
          details: { role: user.role },
        },
        tx,
      );
      return { ok: true, id: user.id };
    });
  } catch (error) {
    // Two admins adding the same e-mail at once: the unique index decides, the loser is told.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, error: "exists" };
    throw error;
  }
}

/**
 * Role, disabled, "second factor required" and the editor permission in one change. Refused when it would leave
 * no enabled admin, and when it would make an admin of someone without a second factor
 * (they set it up on their account page first). A new role or a disabled account signs the
 * person out everywhere.
 */
export async function changeAccess(
  admin: VerifiedStaff,
  id: string,
  access: { role: Role; disabled: boolean; totpRequired: boolean; editor: boolean },
): Promise<AccountResult> {
  assertAdmin(admin);
  return db.$transaction(async (tx): Promise<AccountResult> => {
    const user = await tx.staffUser.findUnique({ where: { id } });
    if (!user) return { ok: false, error: "notFound" };
    if (access.role === "admin" && user.role !== "admin" && !user.totpEnabled)
      return { ok: false, error: "needsTwoFactor" };
    const losesAdmin = user.role === "admin" && !user.disabled && (access.role !== "admin" || access.disabled);
    if (losesAdmin && (await tx.staffUser.count({ where: { role: "admin", disabled: false } })) <= 1)
      return { ok: false, error: "lastAdmin" };
    await tx.staffUser.update({ where: { id }, data: access });
    if (access.role !== user.role || (access.disabled && !user.disabled)) await revokeAllSessions(id, undefined, tx);
    const changes = {
      ...(access.role !== user.role ? { role: access.role } : {}),
      ...(access.disabled !== user.disabled ? { disabled: access.disabled } : {}),
      ...(access.totpRequired !== user.totpRequired ? { totpRequired: access.totpRequired } : {}),
      ...(access.editor !== user.editor ? { editor: access.editor } : {}),
    };
    await recordAudit(
      {
        actor: { staffId: admin.id },
        action: "staff.access_changed",
        targetType: "staff",
        targetId: id,
        details: changes,
      },
      tx,
    );
    return { ok: true, id };
  });
}

/** An admin sets a new password for someone who forgot theirs: their sessions end and any lock is lifted. */
export async function resetPassword(admin: VerifiedStaff, id: string, newPassword: string): Promise<AccountResult> {
  assertAdmin(admin);
  const user = await db.staffUser.findUnique({ where: { id } });
  if (!user) return { ok: false, error: "notFound" };
  await setPassword(user, newPassword, {
    actor: { staffId: admin.id },
    action: "staff.password_reset",
    targetType: "staff",
    targetId: id,
  });
  return { ok: true, id };
}

/** For a lost phone: the second factor is removed (to be set up again if required) and sessions end. */
export async function resetTwoFactor(admin: VerifiedStaff, id: string): Promise<AccountResult> {
  assertAdmin(admin);
  return db.$transaction(async (tx): Promise<AccountResult> => {
    const reset = await tx.staffUser.updateMany({
      where: { id },
      data: { totpEnabled: false, totpSecretEnc: null, totpLastStep: null },
    });
    if (reset.count !== 1) return { ok: false, error: "notFound" };
    await revokeAllSessions(id, undefined, tx);
    await recordAudit(
      { actor: { staffId: admin.id }, action: "staff.two_factor_reset", targetType: "staff", targetId: id },
      tx,
    );
    return { ok: true, id };
  });
}

/** A staff member changes their own password: their other sessions end, this one stays. */
export async function changeOwnPassword(staff: VerifiedStaff, current: string, next: string): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: staff.id } });
  if (!user) return { ok: false, error: "notFound" };
  if (!(await verifyPassword(user.passwordHash, current))) return { ok: false, error: "wrongPassword" };
  await setPassword(
    user,
    next,
    { actor: { staffId: staff.id }, action: "staff.password_changed", targetType: "staff", targetId: staff.id },
    staff.sessionId,
  );
  return { ok: true, id: staff.id };
}

/** A new password ends the other sessions and lifts the sign-in throttle of the e-mail; `audit` records who set it, in the same transaction. */
async function setPassword(
  user: { id: string; email: string },
  newPassword: string,
  audit: AuditEntry,
  keepSession?: string,
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeAllSessions(user.id, keepSession, tx);
    await clearAttempts(user.email, tx);
    await recordAudit(audit, tx);
  });
}

/**
 * The second factor of one's own account, as its page shows it: on; being set up (the
 * secret, until the staff member proves with a code that their app has it); or not started.
 * Reading never creates a secret: only beginTwoFactorSetup does, after the password.
 */
export async function twoFactorSetup(
  staff: VerifiedStaff,
): Promise<{ state: "enabled" } | { state: "pending"; secret: string } | { state: "off" }> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: staff.id },
    select: { totpEnabled: true, totpSecretEnc: true },
  });
  if (user.totpEnabled) return { state: "enabled" };
  return user.totpSecretEnc ? { state: "pending", secret: decryptText(user.totpSecretEnc) } : { state: "off" };
}

/**
 * Starts (or restarts) setting up the second factor: asks for the password again, so a
 * session left open on a shared computer cannot bind somebody else's phone to the account.
 * The new secret is stored encrypted and not used for sign-in until confirmed.
 */
export async function beginTwoFactorSetup(staff: VerifiedStaff, currentPassword: string): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: staff.id } });
  if (!user || user.totpEnabled) return { ok: false, error: "notFound" };
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return { ok: false, error: "wrongPassword" };
  await db.$transaction(async (tx) => {
    await tx.staffUser.updateMany({
      where: { id: staff.id, totpEnabled: false },
      data: { totpSecretEnc: encryptText(newTotpSecret()), totpLastStep: null },
    });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "staff.two_factor_setup_started",
        targetType: "staff",
        targetId: staff.id,
      },
      tx,
    );
  });
  return { ok: true, id: staff.id };
}

export async function confirmTwoFactor(staff: VerifiedStaff, code: string, now = Date.now()): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: staff.id } });
  if (!user?.totpSecretEnc || user.totpEnabled) return { ok: false, error: "notFound" };
  const step = acceptedStep(decryptText(user.totpSecretEnc), code, user.totpLastStep, now);
  if (step === null) return { ok: false, error: "wrongCode" };
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { totpEnabled: true, totpLastStep: step } });
    // Whoever might have signed in with the password alone is signed out.
    await revokeAllSessions(staff.id, staff.sessionId, tx);
    await recordAudit(
      { actor: { staffId: staff.id }, action: "staff.two_factor_enabled", targetType: "staff", targetId: staff.id },
      tx,
    );
  });
  return { ok: true, id: staff.id };
}

/**
 * `npm run staff:add`, as the system: creates an account, or resets the password and role of
 * an existing one (enabling it, lifting the sign-in throttle, signing it out everywhere). No
 * admin exists yet on a new install, so this is the one change made without a signed-in
 * actor. An admin made here without a second factor can do nothing but set it up at its
 * first sign-in (needsTwoFactorSetup).
 */
export async function upsertStaffAsSystem(
  input: z.infer<typeof newAccount>,
  { resetSecondFactor = false } = {},
): Promise<"created" | "updated"> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.staffUser.findUnique({ where: { email: input.email } });
  // The only admin lost their phone: the shell removes the factor, set up again at the next sign-in.
  const secondFactor = resetSecondFactor ? { totpEnabled: false, totpSecretEnc: null, totpLastStep: null } : {};
  await db.$transaction(async (tx) => {
    const user = await tx.staffUser.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name, role: input.role, passwordHash },
      update: { role: input.role, passwordHash, disabled: false, ...secondFactor },
    });
    if (existing) await revokeAllSessions(user.id, undefined, tx);
    await clearAttempts(user.email, tx);
    await recordAudit(
      {
        actor: "system",
        action: existing ? "staff.reset_from_shell" : "staff.created_from_shell",
        targetType: "staff",
        targetId: user.id,
        details: { role: user.role, resetSecondFactor },
      },
      tx,
    );
  });
  return existing ? "updated" : "created";
}
