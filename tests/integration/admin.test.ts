// The admin side of the staff workspace and the second factor, against a real database.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/lib/db/client";
import { readSettings } from "../../app/lib/settings/read-settings";
import { settingHistory, updateSetting } from "../../app/lib/settings/update-setting";
import { submitRequest } from "../../app/lib/requests/submit-request";
import { addStaff, changeAccess, changeOwnPassword, confirmTwoFactor, resetPassword, resetTwoFactor, twoFactorSetup } from "../../app/lib/staff/accounts";
import { listAudit } from "../../app/lib/staff/audit-log";
import { hashPassword } from "../../app/lib/staff/passwords";
import { applyRetention, countDueForDeletion } from "../../app/lib/staff/retention";
import { assignRequest } from "../../app/lib/staff/assignment";
import { listQueue } from "../../app/lib/staff/queue";
import { completeSecondFactor, signIn, staffForToken, type StaffMember } from "../../app/lib/staff/sessions";
import { totpCode } from "../../app/lib/staff/two-factor";

const PASSWORD = "correct horse battery";
let admin: StaffMember;
let officer: StaffMember;

async function account(email: string, role: "admin" | "officer"): Promise<StaffMember> {
  const user = await db.staffUser.create({ data: { email, name: email.split("@")[0]!, role, passwordHash: await hashPassword(PASSWORD) } });
  return { id: user.id, email, name: user.name, role, sessionId: "none", mustSetUpTwoFactor: false, language: null };
}

/** Signs in with the password (and no second factor) and returns the session's token. */
async function token(email: string): Promise<string> {
  const result = await signIn(email, PASSWORD);
  if (result.ok !== true) throw new Error(`sign-in of ${email} did not complete: ${JSON.stringify(result)}`);
  return result.token;
}

beforeEach(async () => {
  await db.request.deleteMany();
  await db.staffUser.deleteMany();
  await db.setting.deleteMany();
  await db.settingChange.deleteMany();
  await db.outboxMessage.deleteMany();
  admin = await account("admin@example.by", "admin");
  officer = await account("officer@example.by", "officer");
});
afterAll(() => db.$disconnect());

describe("managing staff", () => {
  it("adds an account once per e-mail, audited; officers cannot", async () => {
    const added = await addStaff(admin, { email: "new@example.by", name: "New", role: "officer", password: PASSWORD });
    expect(added.ok).toBe(true);
    expect(await addStaff(admin, { email: "new@example.by", name: "Again", role: "officer", password: PASSWORD })).toEqual({ ok: false, error: "exists" });
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "staff.created" } })).toBe(1);
    await expect(addStaff(officer, { email: "x@example.by", name: "X", role: "admin", password: PASSWORD })).rejects.toThrow("Administrators only");
    expect((await staffForToken(await token("new@example.by")))!.role).toBe("officer");
  });

  it("signs a person out everywhere when their role changes or they are disabled, not when only 2FA becomes required", async () => {
    const first = await token(officer.email);
    expect((await changeAccess(admin, officer.id, { role: "officer", disabled: false, totpRequired: true })).ok).toBe(true);
    const still = await staffForToken(first);
    expect(still).toMatchObject({ mustSetUpTwoFactor: true });
    await changeAccess(admin, officer.id, { role: "admin", disabled: false, totpRequired: false });
    expect(await staffForToken(first)).toBeNull();
    const second = await token(officer.email);
    await changeAccess(admin, officer.id, { role: "admin", disabled: true, totpRequired: false });
    expect(await staffForToken(second)).toBeNull();
    expect(await signIn(officer.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("never leaves the service without an active admin", async () => {
    expect(await changeAccess(admin, admin.id, { role: "officer", disabled: false, totpRequired: false })).toEqual({ ok: false, error: "lastAdmin" });
    expect(await changeAccess(admin, admin.id, { role: "admin", disabled: true, totpRequired: false })).toEqual({ ok: false, error: "lastAdmin" });
    await changeAccess(admin, officer.id, { role: "admin", disabled: false, totpRequired: false });
    expect((await changeAccess(admin, admin.id, { role: "officer", disabled: false, totpRequired: false })).ok).toBe(true);
  });

  it("resets a password: the old one stops working, sessions end, a lock is lifted", async () => {
    const before = await token(officer.email);
    await db.staffUser.update({ where: { id: officer.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    await resetPassword(admin, officer.id, "a brand new passphrase");
    expect(await staffForToken(before)).toBeNull();
    expect((await signIn(officer.email, PASSWORD)).ok).toBe(false);
    expect((await signIn(officer.email, "a brand new passphrase")).ok).toBe(true);
  });

  it("changing one's own password needs the current one and keeps only this session", async () => {
    const here = await token(officer.email);
    const elsewhere = await token(officer.email);
    const me = (await staffForToken(here))!;
    expect(await changeOwnPassword(me, "wrong password", "another long passphrase")).toEqual({ ok: false, error: "wrongPassword" });
    expect((await changeOwnPassword(me, PASSWORD, "another long passphrase")).ok).toBe(true);
    expect(await staffForToken(here)).not.toBeNull();
    expect(await staffForToken(elsewhere)).toBeNull();
  });
});

describe("the second factor", () => {
  async function enrol(member: StaffMember, now: number) {
    const setup = await twoFactorSetup(member);
    if (setup.enabled) throw new Error("already enabled");
    expect(await twoFactorSetup(member)).toEqual(setup); // the same secret until confirmed
    expect(await confirmTwoFactor(member, "000000", now)).toEqual({ ok: false, error: "wrongCode" });
    expect((await confirmTwoFactor(member, totpCode(setup.secret, now), now)).ok).toBe(true);
    return setup.secret;
  }

  it("asks for a code after the password, accepts each code once, and refuses forged or late challenges", async () => {
    const start = Date.now();
    const secret = await enrol(officer, start);
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    expect(stored.totpSecretEnc).not.toContain(secret);

    const later = new Date(start + 60_000);
    const step = await signIn(officer.email, PASSWORD, later);
    if (step.ok !== "second_factor") throw new Error("no second step");
    expect(await completeSecondFactor(step.challenge, "123456", later)).toEqual({ ok: false, reason: "invalid" });
    const done = await completeSecondFactor(step.challenge, totpCode(secret, later.getTime()), later);
    expect(done.ok).toBe(true);
    // The same code again (replay), a forged challenge, an expired one:
    expect((await completeSecondFactor(step.challenge, totpCode(secret, later.getTime()), later)).ok).toBe(false);
    const forged = `${admin.id}:${later.getTime() + 60_000}.${step.challenge.split(".").at(-1)}`;
    expect((await completeSecondFactor(forged, totpCode(secret, later.getTime() + 30_000), later)).ok).toBe(false);
    const late = new Date(later.getTime() + 6 * 60_000);
    expect((await completeSecondFactor(step.challenge, totpCode(secret, late.getTime()), late)).ok).toBe(false);
  });

  it("counts wrong codes towards the lock, and an admin's reset removes it", async () => {
    await enrol(officer, Date.now());
    const step = await signIn(officer.email, PASSWORD);
    if (step.ok !== "second_factor") throw new Error("no second step");
    for (let i = 0; i < 4; i++) expect(await completeSecondFactor(step.challenge, "000000")).toEqual({ ok: false, reason: "invalid" });
    expect(await completeSecondFactor(step.challenge, "000000")).toEqual({ ok: false, reason: "locked" });
    await db.staffUser.update({ where: { id: officer.id }, data: { lockedUntil: null } });
    await resetTwoFactor(admin, officer.id);
    expect((await signIn(officer.email, PASSWORD)).ok).toBe(true);
  });
});

describe("assigning requests", () => {
  async function newRequest(createdAt?: Date) {
    const { reference } = await submitRequest({
      type: "general_inquiry",
      locale: "en",
      origin: "x",
      answers: { subject: "S", message: "M", fullName: "Anna Khan", phone: "+923001234567" },
    });
    const row = await db.request.findUniqueOrThrow({ where: { reference } });
    return createdAt ? db.request.update({ where: { id: row.id }, data: { createdAt } }) : row;
  }

  it("lets officers claim and release, admins assign anyone, and filters the queue by assignee and date", async () => {
    const a = await newRequest(new Date("2026-11-02T10:00:00Z"));
    const b = await newRequest(new Date("2026-11-20T10:00:00Z"));
    expect((await assignRequest(officer, a.id, officer.id)).ok).toBe(true);
    expect((await assignRequest(officer, b.id, admin.id)).ok).toBe(false);
    expect((await assignRequest(admin, b.id, admin.id)).ok).toBe(true);
    const refs = async (filter: Parameters<typeof listQueue>[1], who = officer) => (await listQueue(who, filter)).rows.map((r) => r.reference);
    expect(await refs({ assignee: "me" })).toEqual([a.reference]);
    expect(await refs({ assignee: admin.id })).toEqual([b.reference]);
    expect(await refs({ assignee: "none" })).toEqual([]);
    expect((await assignRequest(officer, a.id, null)).ok).toBe(true);
    expect(await refs({ assignee: "none" })).toEqual([a.reference]);
    expect(await refs({ from: new Date("2026-11-10T00:00:00Z") })).toEqual([b.reference]);
    expect(await refs({ to: new Date("2026-11-03T00:00:00Z") })).toEqual([a.reference]);
    expect(await db.auditEvent.count({ where: { action: "request.assigned", targetId: a.id } })).toBe(2);
  });
});

describe("settings", () => {
  it("changes a value with its history; refuses a value outside the schema and anyone not an admin", async () => {
    expect(await updateSetting(admin, "fee.legalization", "fifty", "confirmed")).toEqual({ ok: false });
    expect(await updateSetting(admin, "fee.legalization", "55", "confirmed", new Date("2026-11-27T09:00:00Z"))).toEqual({ ok: true });
    await updateSetting(admin, "fee.legalization", "", "to_be_confirmed");
    await expect(updateSetting(officer, "fee.legalization", "1", "confirmed")).rejects.toThrow();
    expect((await readSettings())["fee.legalization"]).toMatchObject({ value: null, status: "to_be_confirmed" });
    const history = await settingHistory(admin, "fee.legalization");
    expect(history.map((h) => [h.value, h.status])).toEqual([
      ["null", "to_be_confirmed"],
      ["55", "confirmed"],
    ]);
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "setting.changed", targetId: "fee.legalization" } })).toBe(2);
  });
});

describe("the audit log", () => {
  it("is append-only in the database itself", async () => {
    const row = await db.auditEvent.create({ data: { action: "test.event" } });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
  });

  it("filters by event and actor and pages from newest to oldest", async () => {
    for (let i = 0; i < 60; i++) await db.auditEvent.create({ data: { action: "test.paged", actorId: officer.id, at: new Date(Date.UTC(2026, 10, 1, 0, i)) } });
    const first = await listAudit(admin, { action: "test.paged", actorId: officer.id });
    const second = await listAudit(admin, { action: "test.paged", actorId: officer.id, before: first.next! });
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(10);
    expect(second.next).toBeNull();
    expect(first.rows[0]!.at.getTime()).toBeGreaterThan(second.rows[0]!.at.getTime());
    const day = await listAudit(admin, { action: "test.paged", from: new Date("2026-11-01T00:30:00Z"), to: new Date("2026-11-01T00:40:00Z") });
    expect(day.rows).toHaveLength(10);
    await expect(listAudit(officer, {})).rejects.toThrow();
  });
});

describe("retention", () => {
  it("deletes requests closed longer ago than the period, with their history and files, and keeps the rest", async () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const make = async (closedAt: Date | null) => {
      const { reference } = await submitRequest({ type: "general_inquiry", locale: "en", origin: "x", answers: { subject: "S", message: "M", fullName: "Anna", phone: "+923001234567", email: "anna@example.com" } });
      return db.request.update({ where: { reference }, data: { closedAt, status: closedAt ? "completed" : "received" } });
    };
    const old = await make(new Date("2026-01-01T00:00:00Z"));
    const recent = await make(new Date("2027-05-01T00:00:00Z"));
    const open = await make(null);
    await db.attachment.create({ data: { requestId: old.id, filename: "a.pdf", mimeType: "application/pdf", size: 1, content: new Uint8Array([1]) } });
    await db.outboxMessage.updateMany({ data: { status: "sent", createdAt: new Date("2026-01-01T00:00:00Z") } });
    expect(await countDueForDeletion(now)).toBe(1);
    await expect(applyRetention(officer, now)).rejects.toThrow();
    expect(await applyRetention(admin, now)).toEqual({ requests: 1, emails: 3, days: 365 });
    expect(await db.request.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).toEqual([{ id: recent.id }, { id: open.id }]);
    expect(await db.requestEvent.count({ where: { requestId: old.id } })).toBe(0);
    expect(await db.attachment.count({ where: { requestId: old.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "retention.applied" } })).toBe(1);
    // A shorter period set by an admin applies at the next run.
    await updateSetting(admin, "retention.days", "30", "confirmed");
    expect(await countDueForDeletion(now)).toBe(1);
  });
});
