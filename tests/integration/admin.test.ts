// The admin side of the staff workspace and the second factor, against a real database.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/lib/db/client";
import { readSettings } from "../../app/lib/settings/read-settings";
import { settingHistory, updateSetting } from "../../app/lib/settings/update-setting";
import { submitRequest } from "../../app/lib/requests/submit-request";
import {
  addStaff,
  beginTwoFactorSetup,
  changeAccess,
  changeOwnPassword,
  confirmTwoFactor,
  listStaff,
  resetPassword,
  resetTwoFactor,
  twoFactorSetup,
  upsertStaffAsSystem,
} from "../../app/lib/staff/accounts";
import { listAudit } from "../../app/lib/staff/audit-log";
import { ATTEMPTS_PER_ADDRESS } from "../../app/lib/staff/login-throttle";
import { applyRetention, countDueForDeletion } from "../../app/lib/staff/retention";
import { assignRequest } from "../../app/lib/staff/assignment";
import { listQueue } from "../../app/lib/staff/queue";
import {
  CHALLENGE_ATTEMPTS,
  completeSecondFactor,
  signIn,
  staffForToken,
  type VerifiedStaff,
} from "../../app/lib/staff/sessions";
import { totpCode } from "../../app/lib/staff/two-factor";
import {
  deleteAllStaff,
  enrolTwoFactor,
  realStaff,
  signedIn,
  STAFF_PASSWORD as PASSWORD,
  testClient,
} from "../support/staff";

let admin: VerifiedStaff;
let officer: VerifiedStaff;

/** Signs in with the password (and no second factor) and returns the session's token. */
const token = async (email: string): Promise<string> => (await signedIn(email)).token;

beforeEach(async () => {
  await db.request.deleteMany();
  await deleteAllStaff();
  await db.setting.deleteMany();
  await db.settingChange.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.rateLimit.deleteMany();
  admin = (await realStaff("admin@example.by", "admin")).staff;
  officer = (await realStaff("officer@example.by", "officer")).staff;
});
afterAll(() => db.$disconnect());

describe("managing staff", () => {
  it("adds an account once per e-mail, audited; officers cannot", async () => {
    const added = await addStaff(admin, { email: "new@example.by", name: "New", role: "officer", password: PASSWORD });
    expect(added.ok).toBe(true);
    expect(
      await addStaff(admin, { email: "new@example.by", name: "Again", role: "officer", password: PASSWORD }),
    ).toEqual({ ok: false, error: "exists" });
    expect(await db.auditEvent.count({ where: { actorStaffId: admin.id, action: "staff.created" } })).toBe(1);
    await expect(
      addStaff(officer, { email: "x@example.by", name: "X", role: "admin", password: PASSWORD }),
    ).rejects.toThrow("Administrators only");
    expect((await staffForToken(await token("new@example.by")))!.role).toBe("officer");
    // The list is a view: no password hash or second-factor secret leaves the data layer.
    expect(JSON.stringify(await listStaff(admin))).not.toMatch(/argon2|passwordHash|totpSecret|totpLastStep/);
  });

  it("signs a person out everywhere when their role changes or they are disabled, not when only 2FA becomes required", async () => {
    const first = await token(officer.email);
    expect(
      (await changeAccess(admin, officer.id, { role: "officer", disabled: false, totpRequired: true, editor: false }))
        .ok,
    ).toBe(true);
    const still = (await staffForToken(first))!;
    expect(still).toMatchObject({ mustSetUpTwoFactor: true });
    await expect(listQueue(still, {})).rejects.toThrow("second factor");
    // Nobody becomes an admin without a second factor.
    expect(
      await changeAccess(admin, officer.id, { role: "admin", disabled: false, totpRequired: false, editor: false }),
    ).toEqual({ ok: false, error: "needsTwoFactor" });
    expect(await staffForToken(first)).not.toBeNull();
    await enrolTwoFactor(still);
    expect(
      (await changeAccess(admin, officer.id, { role: "admin", disabled: false, totpRequired: false, editor: false }))
        .ok,
    ).toBe(true);
    expect(await staffForToken(first)).toBeNull();
    await changeAccess(admin, officer.id, { role: "admin", disabled: true, totpRequired: false, editor: false });
    expect(await signIn(officer.email, PASSWORD, testClient())).toEqual({ ok: false, reason: "invalid" });
  });

  it("never leaves the service without an active admin", async () => {
    expect(
      await changeAccess(admin, admin.id, { role: "officer", disabled: false, totpRequired: false, editor: false }),
    ).toEqual({ ok: false, error: "lastAdmin" });
    expect(
      await changeAccess(admin, admin.id, { role: "admin", disabled: true, totpRequired: false, editor: false }),
    ).toEqual({ ok: false, error: "lastAdmin" });
    await realStaff("second-admin@example.by", "admin");
    expect(
      (await changeAccess(admin, admin.id, { role: "officer", disabled: false, totpRequired: false, editor: false }))
        .ok,
    ).toBe(true);
  });

  it("resets a password: the old one stops working, sessions end, the sign-in throttle is lifted", async () => {
    const before = await token(officer.email);
    for (let i = 0; i < ATTEMPTS_PER_ADDRESS; i++) await signIn(officer.email, "wrong", testClient());
    expect(await signIn(officer.email, PASSWORD, testClient())).toEqual({ ok: false, reason: "locked" });
    await resetPassword(admin, officer.id, "a brand new passphrase");
    expect(await staffForToken(before)).toBeNull();
    expect((await signIn(officer.email, PASSWORD, testClient())).ok).toBe(false);
    expect((await signIn(officer.email, "a brand new passphrase", testClient())).ok).toBe(true);
  });

  it("changing one's own password needs the current one and keeps only this session", async () => {
    const here = await token(officer.email);
    const elsewhere = await token(officer.email);
    const me = (await staffForToken(here))!;
    expect(await changeOwnPassword(me, "wrong password", "another long passphrase")).toEqual({
      ok: false,
      error: "wrongPassword",
    });
    expect((await changeOwnPassword(me, PASSWORD, "another long passphrase")).ok).toBe(true);
    expect(await staffForToken(here)).not.toBeNull();
    expect(await staffForToken(elsewhere)).toBeNull();
  });
});

describe("the second factor", () => {
  async function enrol(member: VerifiedStaff, now: number) {
    // Showing the page creates nothing; the password starts the setup.
    expect(await twoFactorSetup(member)).toEqual({ state: "off" });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ totpSecretEnc: null });
    expect(await beginTwoFactorSetup(member, "not my password")).toEqual({ ok: false, error: "wrongPassword" });
    expect(await twoFactorSetup(member)).toEqual({ state: "off" });
    expect((await beginTwoFactorSetup(member, PASSWORD)).ok).toBe(true);
    const setup = await twoFactorSetup(member);
    if (setup.state !== "pending") throw new Error("no pending secret");
    expect(await twoFactorSetup(member)).toEqual(setup); // the same secret until confirmed
    expect(await confirmTwoFactor(member, "000000", now)).toEqual({ ok: false, error: "wrongCode" });
    expect((await confirmTwoFactor(member, totpCode(setup.secret, now), now)).ok).toBe(true);
    return setup.secret;
  }

  async function challenge(email: string, now: Date, client = testClient()) {
    const step = await signIn(email, PASSWORD, client, now);
    if (step.ok !== "second_factor") throw new Error(`no second step: ${JSON.stringify(step)}`);
    return step.challenge;
  }

  it("asks for a code after the password, accepts each code once, and refuses forged or late challenges", async () => {
    const start = Date.now();
    const secret = await enrol(officer, start);
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    expect(stored.totpSecretEnc).not.toContain(secret);

    const later = new Date(start + 60_000);
    const first = await challenge(officer.email, later);
    expect(await completeSecondFactor(first, "123456", testClient(), later)).toEqual({ ok: false, reason: "invalid" });
    expect((await completeSecondFactor(first, totpCode(secret, later.getTime()), testClient(), later)).ok).toBe(true);
    // The same code again with a fresh challenge (replayed code):
    expect(
      (
        await completeSecondFactor(
          await challenge(officer.email, later),
          totpCode(secret, later.getTime()),
          testClient(),
          later,
        )
      ).ok,
    ).toBe(false);
    // A made-up challenge, and an expired one:
    const next = new Date(later.getTime() + 30_000);
    expect((await completeSecondFactor("made-up", totpCode(secret, next.getTime()), testClient(), next)).ok).toBe(
      false,
    );
    const old = await challenge(officer.email, later);
    const late = new Date(later.getTime() + 6 * 60_000);
    expect((await completeSecondFactor(old, totpCode(secret, late.getTime()), testClient(), late)).ok).toBe(false);
  });

  it("a challenge is consumed by its sign-in: replaying it fails even with the next right code", async () => {
    const start = Date.now();
    const secret = await enrol(officer, start);
    const at = new Date(start + 60_000);
    const used = await challenge(officer.email, at);
    expect((await completeSecondFactor(used, totpCode(secret, at.getTime()), testClient(), at)).ok).toBe(true);
    const next = new Date(at.getTime() + 30_000);
    expect(await completeSecondFactor(used, totpCode(secret, next.getTime()), testClient(), next)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.staffLoginChallenge.count()).toBe(0);
  });

  it("a challenge works only in the browser that passed the password", async () => {
    const start = Date.now();
    const secret = await enrol(officer, start);
    const at = new Date(start + 60_000);
    const mine = await challenge(officer.email, at, testClient("198.51.100.7", "browser-a"));
    const code = totpCode(secret, at.getTime());
    expect(await completeSecondFactor(mine, code, testClient("198.51.100.7", "browser-b"), at)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await completeSecondFactor(mine, code, testClient("203.0.113.9", "browser-b"), at)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await completeSecondFactor(mine, code, testClient("198.51.100.7", "browser-a"), at)).ok).toBe(true);
  });

  it("takes a few wrong codes per challenge, even in parallel, and an admin's reset removes the factor", async () => {
    const start = Date.now();
    const secret = await enrol(officer, start);
    const at = new Date(start + 60_000);
    const step = await challenge(officer.email, at);
    const tries = await Promise.all(
      Array.from({ length: 12 }, () => completeSecondFactor(step, "000000", testClient("198.51.100.8"), at)),
    );
    expect(tries.every((r) => r.ok === false)).toBe(true);
    const row = await db.staffLoginChallenge.findFirstOrThrow();
    expect(row.attempts).toBe(CHALLENGE_ATTEMPTS);
    // Spent: the right code no longer opens it.
    expect((await completeSecondFactor(step, totpCode(secret, at.getTime()), testClient(), at)).ok).toBe(false);
    await resetTwoFactor(admin, officer.id);
    expect(await db.staffLoginChallenge.count()).toBe(0);
    expect((await signIn(officer.email, PASSWORD, testClient())).ok).toBe(true);
  });

  it("an admin without a second factor is confined to setting it up", async () => {
    await upsertStaffAsSystem({ email: "new-admin@example.by", name: "New admin", role: "admin", password: PASSWORD });
    const { staff, token: session } = await signedIn("new-admin@example.by");
    expect(staff.mustSetUpTwoFactor).toBe(true);
    await expect(listStaff(staff)).rejects.toThrow("Administrators only");
    await expect(
      addStaff(staff, { email: "x@example.by", name: "X", role: "officer", password: PASSWORD }),
    ).rejects.toThrow("Administrators only");
    await expect(listQueue(staff, {})).rejects.toThrow("second factor");
    await enrolTwoFactor(staff);
    const enrolled = (await staffForToken(session))!;
    expect(enrolled.mustSetUpTwoFactor).toBe(false);
    expect((await listStaff(enrolled)).map((p) => p.email)).toContain("new-admin@example.by");
    // And after an admin resets it, confined again.
    await resetTwoFactor(admin, enrolled.id);
    expect((await signedIn("new-admin@example.by")).staff.mustSetUpTwoFactor).toBe(true);
  });

  it("the shell keeps an admin's second factor when it resets the password, and removes it only when asked", async () => {
    const input = {
      email: admin.email,
      name: "Admin",
      role: "admin" as const,
      password: "lantern orbit velvet cactus",
    };
    await upsertStaffAsSystem(input);
    expect((await signIn(admin.email, input.password, testClient())).ok).toBe("second_factor");
    await upsertStaffAsSystem(input, { resetSecondFactor: true });
    expect((await signedIn(admin.email, input.password)).staff.mustSetUpTwoFactor).toBe(true);
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
    const refs = async (filter: Parameters<typeof listQueue>[1], who = officer) =>
      (await listQueue(who, filter)).rows.map((r) => r.reference);
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
    expect(await updateSetting(admin, "fee.legalization", "55", "confirmed", new Date("2026-11-27T09:00:00Z"))).toEqual(
      { ok: true },
    );
    await updateSetting(admin, "fee.legalization", "", "to_be_confirmed");
    await expect(updateSetting(officer, "fee.legalization", "1", "confirmed")).rejects.toThrow("Administrators only");
    expect((await readSettings())["fee.legalization"]).toMatchObject({ value: null, status: "to_be_confirmed" });
    const history = await settingHistory(admin, "fee.legalization");
    expect(history.map((h) => [h.value, h.status])).toEqual([
      ["null", "to_be_confirmed"],
      ["55", "confirmed"],
    ]);
    expect(
      await db.auditEvent.count({
        where: { actorStaffId: admin.id, action: "setting.changed", targetId: "fee.legalization" },
      }),
    ).toBe(2);
  });
});

describe("the audit log", () => {
  it("is append-only in the database itself", async () => {
    const row = await db.auditEvent.create({ data: { actor: "system", action: "test.event" } });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    // Nor can a row be given to another actor.
    const officerRow = await db.auditEvent.create({
      data: { actor: "staff", actorStaffId: officer.id, action: "test.event" },
    });
    // SQLite's adapter reports a trigger's abort on a foreign-key column as a foreign-key violation
    // (@prisma/adapter-better-sqlite3 6.19 maps SQLITE_CONSTRAINT_TRIGGER so); PostgreSQL keeps the message.
    await expect(
      db.auditEvent.update({ where: { id: officerRow.id }, data: { actorStaffId: admin.id } }),
    ).rejects.toThrow(/append-only|Foreign key constraint violated/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: officerRow.id } })).actorStaffId).toBe(officer.id);
  });

  it("keeps an account's rows when the account row is deleted, with the actor's key set to null (the one change allowed)", async () => {
    await upsertStaffAsSystem({ email: "leaving@example.by", name: "Leaving", role: "officer", password: PASSWORD });
    const leaving = (await signedIn("leaving@example.by")).staff;
    const theirs = await db.auditEvent.findMany({
      where: { actorStaffId: leaving.id },
      select: { id: true, action: true },
      orderBy: { id: "asc" },
    });
    expect(theirs.map((r) => r.action)).toContain("staff.login");
    await db.staffUser.delete({ where: { id: leaving.id } });
    const kept = await db.auditEvent.findMany({
      where: { id: { in: theirs.map((r) => r.id) } },
      select: { id: true, action: true, actor: true, actorStaffId: true },
      orderBy: { id: "asc" },
    });
    expect(kept).toEqual(theirs.map((r) => ({ ...r, actor: "staff", actorStaffId: null })));
  });

  it("filters by event and actor and pages from newest to oldest", async () => {
    for (let i = 0; i < 60; i++)
      await db.auditEvent.create({
        data: {
          actor: "staff",
          action: "test.paged",
          actorStaffId: officer.id,
          at: new Date(Date.UTC(2026, 10, 1, 0, i)),
        },
      });
    const first = await listAudit(admin, { action: "test.paged", actorStaffId: officer.id });
    const second = await listAudit(admin, { action: "test.paged", actorStaffId: officer.id, before: first.next! });
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(10);
    expect(second.next).toBeNull();
    expect(first.rows[0]!.at.getTime()).toBeGreaterThan(second.rows[0]!.at.getTime());
    const day = await listAudit(admin, {
      action: "test.paged",
      from: new Date("2026-11-01T00:30:00Z"),
      to: new Date("2026-11-01T00:40:00Z"),
    });
    expect(day.rows).toHaveLength(10);
    await expect(listAudit(officer, {})).rejects.toThrow("Administrators only");
  });
});

describe("retention", () => {
  it("deletes requests closed longer ago than the period, with their history and files, and keeps the rest", async () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const make = async (closedAt: Date | null) => {
      const { reference } = await submitRequest({
        type: "general_inquiry",
        locale: "en",
        origin: "x",
        answers: { subject: "S", message: "M", fullName: "Anna", phone: "+923001234567", email: "anna@example.com" },
      });
      return db.request.update({
        where: { reference },
        data: { closedAt, status: closedAt ? "completed" : "received" },
      });
    };
    const old = await make(new Date("2026-01-01T00:00:00Z"));
    const recent = await make(new Date("2027-05-01T00:00:00Z"));
    const open = await make(null);
    await db.attachment.create({
      data: {
        requestId: old.id,
        filename: "a.pdf",
        mimeType: "application/pdf",
        size: 1,
        content: new Uint8Array([1]),
      },
    });
    await db.outboxMessage.updateMany({ data: { status: "sent", createdAt: new Date("2026-01-01T00:00:00Z") } });
    expect(await countDueForDeletion(now)).toBe(1);
    await expect(applyRetention(officer, now)).rejects.toThrow("Administrators only");
    expect(await applyRetention(admin, now)).toEqual({ requests: 1, emails: 3, waitlist: 0, days: 365 });
    expect(await db.request.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { id: recent.id },
      { id: open.id },
    ]);
    expect(await db.requestEvent.count({ where: { requestId: old.id } })).toBe(0);
    expect(await db.attachment.count({ where: { requestId: old.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorStaffId: admin.id, action: "retention.applied" } })).toBe(1);
    // A shorter period set by an admin applies at the next run.
    await updateSetting(admin, "retention.days", "30", "confirmed");
    expect(await countDueForDeletion(now)).toBe(1);
  });
});
