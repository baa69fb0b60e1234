// Staff sign-in, sessions and request handling against a real database.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/lib/db/client";
import { submitRequest } from "../../app/lib/requests/submit-request";
import { findTrackedRequest, replyToRequest } from "../../app/lib/requests/track-request";
import { accessByCode } from "../../app/lib/requests/tracking-access";
import { addStaff } from "../../app/lib/staff/accounts";
import { ATTEMPTS_PER_ACCOUNT, ATTEMPTS_PER_ADDRESS } from "../../app/lib/staff/login-throttle";
import { downloadAttachment } from "../../app/lib/staff/attachments";
import { addNote } from "../../app/lib/staff/notes";
import { setOwnLanguage } from "../../app/lib/staff/own-language";
import { countOpenByStatus, listQueue } from "../../app/lib/staff/queue";
import { exportQueue } from "../../app/lib/staff/queue-export";
import { openRequest } from "../../app/lib/staff/request-view";
import { changeStatus } from "../../app/lib/staff/transitions";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  revokeAllSessions,
  signIn,
  signOut,
  staffForToken,
  type VerifiedStaff,
} from "../../app/lib/staff/sessions";
import { deleteAllStaff, realStaff, STAFF_PASSWORD as PASSWORD, testClient } from "../support/staff";

let officer: VerifiedStaff;

beforeEach(async () => {
  await deleteAllStaff();
  await db.request.deleteMany();
  await db.rateLimit.deleteMany();
  await db.outboxMessage.deleteMany();
  officer = (await realStaff("officer@example.by", "officer")).staff;
});
afterAll(() => db.$disconnect());

async function token(now = new Date()) {
  const result = await signIn("Officer@Example.by", PASSWORD, testClient(), now);
  if (result.ok !== true) throw new Error("sign-in failed");
  return result.token;
}

describe("sessions", () => {
  it("sign in gives a fresh token each time, stored only as a hash", async () => {
    const [a, b] = [await token(), await token()];
    expect(a).not.toBe(b);
    expect(await db.staffSession.count({ where: { id: a } })).toBe(0);
    expect((await staffForToken(a))!.email).toBe("officer@example.by");
  });

  it("ends after the idle timeout and after the absolute timeout", async () => {
    const start = new Date("2026-11-27T08:00:00Z");
    const t = await token(start);
    expect(await staffForToken(t, new Date(start.getTime() + IDLE_TIMEOUT_MS - 1000))).not.toBeNull();
    expect(await staffForToken(t, new Date(start.getTime() + 2 * IDLE_TIMEOUT_MS + 5000))).toBeNull();
    const busy = await token(start);
    let now = start.getTime();
    while (now < start.getTime() + ABSOLUTE_TIMEOUT_MS - IDLE_TIMEOUT_MS) {
      now += IDLE_TIMEOUT_MS / 2;
      expect(await staffForToken(busy, new Date(now))).not.toBeNull();
    }
    expect(await staffForToken(busy, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS))).toBeNull();
  });

  it("is revoked by sign-out, by revoking all sessions, and by disabling the account", async () => {
    const a = await token();
    await signOut(a);
    expect(await staffForToken(a)).toBeNull();
    const b = await token();
    await revokeAllSessions(officer.id);
    expect(await staffForToken(b)).toBeNull();
    const c = await token();
    await db.staffUser.update({ where: { id: officer.id }, data: { disabled: true } });
    expect(await staffForToken(c)).toBeNull();
  });

  it("records the address, a hash of the user agent and the session id of every sign-in", async () => {
    await token();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "staff.login", actorStaffId: officer.id },
      orderBy: { at: "desc" },
    });
    const session = await db.staffSession.findFirstOrThrow({
      where: { userId: officer.id },
      orderBy: { createdAt: "desc" },
    });
    const details = event.details as Record<string, string>;
    expect(details).toMatchObject({ ip: "198.51.100.7", sessionId: session.id });
    expect(details.userAgentHash).toMatch(/^[\w-]{22}$/);
    expect(event.details).not.toContain("Vitest");
  });
});

describe("sign-in throttling", () => {
  const wrong = (email = "officer@example.by", client = testClient()) => signIn(email, "not the password", client);

  it("counts parallel wrong passwords atomically: only the allowance is even checked, then the e-mail waits", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => wrong()));
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(ATTEMPTS_PER_ADDRESS);
    expect(results.filter((r) => r.ok === false && r.reason === "locked")).toHaveLength(20 - ATTEMPTS_PER_ADDRESS);
    expect(await signIn("officer@example.by", PASSWORD, testClient())).toEqual({ ok: false, reason: "locked" });
    expect(await db.auditEvent.count({ where: { action: "staff.login_failed", actorStaffId: officer.id } })).toBe(
      ATTEMPTS_PER_ADDRESS,
    );
  });

  it("answers an unknown e-mail exactly as a real one", async () => {
    const real = [];
    const unknown = [];
    for (let i = 0; i <= ATTEMPTS_PER_ADDRESS; i++) {
      real.push(await wrong());
      unknown.push(await wrong("nobody@example.by"));
    }
    expect(unknown).toEqual(real);
    expect(real.at(-1)).toEqual({ ok: false, reason: "locked" });
  });

  it("an attacker at one address does not lock the owner out from another, nor does a few addresses", async () => {
    for (let i = 0; i < 3 * ATTEMPTS_PER_ADDRESS; i++)
      await wrong("officer@example.by", testClient(`203.0.113.${i % 3}`));
    expect((await signIn("officer@example.by", PASSWORD, testClient("198.51.100.99"))).ok).toBe(true);
  });

  it("throttles an e-mail from everywhere after the per-account allowance, for the window only", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < ATTEMPTS_PER_ACCOUNT; i++)
      await signIn("officer@example.by", "wrong", testClient(`203.0.113.${Math.floor(i / ATTEMPTS_PER_ADDRESS)}`), now);
    expect(await signIn("officer@example.by", PASSWORD, testClient("198.51.100.99"), now)).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(
      (await signIn("officer@example.by", PASSWORD, testClient("198.51.100.99"), new Date(now.getTime() + 15 * 60_000)))
        .ok,
    ).toBe(true);
  });

  it("a successful sign-in clears the e-mail's count", async () => {
    for (let i = 1; i < ATTEMPTS_PER_ADDRESS; i++) await wrong();
    await token();
    for (let i = 1; i < ATTEMPTS_PER_ADDRESS; i++) expect(await wrong()).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("adding staff", () => {
  it("two admins adding the same e-mail at once: one account, the other told it exists", async () => {
    const { staff: admin } = await realStaff("admin@example.by", "admin");
    const input = { email: "twin@example.by", name: "Twin", role: "officer" as const, password: PASSWORD };
    const results = await Promise.all(Array.from({ length: 4 }, () => addStaff(admin, input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, error: "exists" }));
    expect(await db.staffUser.count({ where: { email: "twin@example.by" } })).toBe(1);
  });
});

describe("handling a request", () => {
  async function newRequest() {
    const { reference, accessCode } = await submitRequest({
      type: "consular_registration",
      locale: "en",
      origin: "https://consular.example",
      answers: {
        registrationKind: "temporary",
        passportNumber: "MP7654321",
        dateOfBirth: "1991-01-01",
        cityInPakistan: "Karachi",
        fullName: "Maria Ali",
        phone: "+923001234567",
        email: "maria@example.com",
      },
    });
    const row = await db.request.findUniqueOrThrow({ where: { reference } });
    return { row, reference, accessCode };
  }

  it("shows the queue, urgent first, and audits every view without personal data", async () => {
    await newRequest();
    await submitRequest({
      type: "bereavement",
      locale: "en",
      origin: "x",
      answers: {
        deceasedName: "Ivan",
        dateOfDeath: "2026-11-20",
        placeOfDeath: "Lahore",
        yourRelationship: "Wife",
        helpNeeded: "Help",
        fullName: "Olga",
        phone: "+923001234567",
      },
    });
    const { rows } = await listQueue(officer, {});
    expect(rows.map((r) => r.type)).toEqual(["bereavement", "consular_registration"]);
    const opened = await openRequest(officer, rows[1]!.id);
    expect(opened!.answers).toContainEqual({ name: "passportNumber", kind: "passport", value: "MP7654321" });
    expect(opened!.answers).toContainEqual({ name: "dateOfBirth", kind: "date", value: "1991-01-01" });
    // A view object: no hash, ciphertext or blind index leaves the data layer.
    for (const column of ["accessCodeHash", "passportNumberEnc", "passportNumberIndex", "dateOfBirthEnc"])
      expect(opened).not.toHaveProperty(column);
    const audit = await db.auditEvent.findMany({ where: { action: "request.viewed", actorStaffId: officer.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/MP7654321|Maria/);
  });

  it("pages through the queue with keyset cursors, forward and back, urgent first", async () => {
    for (let i = 0; i < 30; i++) await newRequest();
    // Urgent requests sort first: the cursor must cross from urgent to the rest and back.
    await db.request.updateMany({
      where: { id: { in: (await db.request.findMany({ take: 3, select: { id: true } })).map((r) => r.id) } },
      data: { urgent: true },
    });
    const first = await listQueue(officer, {});
    const second = await listQueue(officer, { after: first.next! });
    expect(first.rows).toHaveLength(25);
    expect(first.rows.slice(0, 3).every((r) => r.urgent)).toBe(true);
    expect(first.previous).toBeNull();
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
    expect(second.next).toBeNull();
    const back = await listQueue(officer, { before: second.previous! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("moves along the state machine, tells the applicant, and refuses invalid or stale changes", async () => {
    const { row, reference, accessCode } = await newRequest();
    const origin = "https://consular.example";
    expect(
      await changeStatus(officer, { id: row.id, version: row.version, to: "completed", message: null, origin }),
    ).toEqual({ ok: false, error: "transition" });
    expect(
      await changeStatus(officer, { id: row.id, version: row.version, to: "in_review", message: null, origin }),
    ).toEqual({ ok: true });
    // A second officer working from the page they loaded before the first change:
    expect(
      await changeStatus(officer, { id: row.id, version: row.version, to: "in_review", message: null, origin }),
    ).toEqual({ ok: false, error: "transition" });
    expect(
      await changeStatus(officer, {
        id: row.id,
        version: row.version,
        to: "needs_information",
        message: "Send your POC",
        origin,
      }),
    ).toEqual({ ok: false, error: "stale" });
    expect(
      await changeStatus(officer, {
        id: row.id,
        version: row.version + 1,
        to: "needs_information",
        message: "Send your POC",
        origin,
      }),
    ).toEqual({ ok: true });
    const tracked = (await findTrackedRequest(reference, accessCode))!;
    expect(tracked.status).toBe("needs_information");
    expect(tracked.timeline.at(-1)).toMatchObject({ kind: "message", body: "Send your POC", actor: "embassy" });
    const emails = await db.outboxMessage.findMany({
      where: { recipient: "maria@example.com" },
      orderBy: { createdAt: "asc" },
    });
    expect(emails.map((e) => e.subject)).toEqual([
      `Your request ${reference}: Received`,
      `Your request ${reference}: Being reviewed`,
      `Your request ${reference}: The Embassy needs more information from you`,
    ]);
  });

  it("lets exactly one of two simultaneous changes through", async () => {
    const { row } = await newRequest();
    const origin = "x";
    const results = await Promise.all([
      changeStatus(officer, { id: row.id, version: row.version, to: "in_review", message: "A", origin }),
      changeStatus(officer, { id: row.id, version: row.version, to: "in_review", message: "B", origin }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.requestEvent.count({ where: { requestId: row.id, kind: "message" } })).toBe(1);
  });

  it("serves attachments decrypted to staff, and audits the download", async () => {
    const { row } = await newRequest();
    const { encryptBytes } = await import("../../app/lib/crypto/protect");
    const file = await db.attachment.create({
      data: {
        requestId: row.id,
        filename: "scan.pdf",
        mimeType: "application/pdf",
        size: 9,
        content: new Uint8Array(encryptBytes(Buffer.from("%PDF-1.4\n"))),
      },
    });
    const downloaded = await downloadAttachment(officer, row.id, file.id);
    expect(downloaded!.content.toString()).toBe("%PDF-1.4\n");
    expect(await downloadAttachment(officer, "another-request", file.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "attachment.downloaded", targetId: file.id } })).toBe(1);
  });

  it("finds a request by reference however typed, by name, by e-mail, and by exact passport number only", async () => {
    const { reference } = await newRequest();
    const find = async (search: string) => (await listQueue(officer, { search })).rows.map((r) => r.reference);
    expect(await find(reference.toLowerCase().replace(/-/g, " "))).toEqual([reference]);
    expect(await find("Maria")).toEqual([reference]);
    expect(await find("MARIA@example.com")).toEqual([reference]);
    expect(await find("mp 765 4321")).toEqual([reference]);
    expect(await find("MP765432")).toEqual([]);
    expect(await countOpenByStatus()).toEqual({ received: 1, in_review: 0, needs_information: 0 });
  });

  it("exports the queue as CSV with a BOM and formulas made harmless, and audits it", async () => {
    await submitRequest({
      type: "general_inquiry",
      locale: "en",
      origin: "x",
      answers: { subject: "S", message: "M", fullName: "Anna Khan", phone: "+923001234567", email: "=cmd@example.com" },
    });
    const words = {
      column: (c: string) => c,
      type: (t: string) => `type ${t}`,
      status: (s: string) => `status ${s}`,
      yes: "yes",
      no: "no",
    };
    const csv = await exportQueue(officer, {}, words);
    expect(csv.startsWith("\uFEFFreference,type,status,urgent,replied,applicant,phone,email,received")).toBe(true);
    expect(csv).toContain(",type general_inquiry,status received,no,no,Anna Khan,");
    // Karachi time with its offset: a spreadsheet cannot mistake it for UTC.
    expect(csv).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00\n/);
    expect(csv).toContain("'=cmd@example.com");
    expect(csv).toContain("'+923001234567");
    expect(csv).not.toMatch(/MP\d{7}/);
    expect(await db.auditEvent.count({ where: { action: "queue.exported", actorStaffId: officer.id } })).toBe(1);
  });

  it("marks a request the applicant answered as replied, puts it first among equals, pages across it, and clears it when staff act", async () => {
    const requests = [];
    for (let i = 0; i < 27; i++) requests.push(await newRequest());
    const origin = "x";
    const { row, reference, accessCode } = requests[20]!;
    // Asked in one step, straight from "received", with the question in the same change.
    expect(
      await changeStatus(officer, {
        id: row.id,
        version: row.version,
        to: "needs_information",
        message: "Send your POC",
        origin,
      }),
    ).toEqual({ ok: true });
    expect(await replyToRequest((await accessByCode(reference, accessCode))!, "Attached", [])).toEqual({ ok: true });
    const first = await listQueue(officer, {});
    expect(first.rows[0]).toMatchObject({ reference, replied: true, status: "in_review" });
    const second = await listQueue(officer, { after: first.next! });
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(27);
    expect((await listQueue(officer, { before: second.previous! })).rows.map((r) => r.id)).toEqual(
      first.rows.map((r) => r.id),
    );
    expect((await listQueue(officer, { replied: true })).rows.map((r) => r.reference)).toEqual([reference]);
    // A note is not an answer to the applicant; a status change is.
    await addNote(officer, row.id, "Checked the POC");
    expect((await listQueue(officer, { replied: true })).rows).toHaveLength(1);
    expect(
      await changeStatus(officer, { id: row.id, version: row.version + 2, to: "completed", message: null, origin }),
    ).toEqual({ ok: true });
    expect((await listQueue(officer, { replied: true, status: "completed" })).rows).toHaveLength(0);
  });

  it("reads a relative's passport number decrypted, names colleagues in the history, and audits a print apart from a view", async () => {
    const { reference } = await submitRequest({
      type: "invitation",
      locale: "ru",
      origin: "x",
      answers: {
        relativeName: "Ali Khan",
        relationship: "spouse",
        relativePassportNumber: "AB1234567",
        plannedVisitDate: "2027-05-01",
        fullName: "Olga Khan",
        phone: "+923001234567",
      },
    });
    const row = await db.request.findUniqueOrThrow({ where: { reference } });
    expect(row.details).not.toContain("AB1234567");
    await addNote(officer, row.id, "Call the applicant");
    const printed = (await openRequest(officer, row.id, "print"))!;
    expect(printed.answers).toContainEqual({ name: "relativePassportNumber", kind: "passport", value: "AB1234567" });
    expect(printed.answers).toContainEqual({ name: "relationship", kind: "radio", value: "spouse" });
    expect(printed.events.at(-1)).toMatchObject({ kind: "note", actor: { staff: officer.name } });
    expect(printed.events[0]).toMatchObject({ kind: "submitted", actor: "applicant" });
    expect(
      await db.auditEvent.count({ where: { action: "request.printed", targetId: row.id, actorStaffId: officer.id } }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "request.viewed", targetId: row.id } })).toBe(0);
  });
});

describe("the staff member's own language", () => {
  it("is stored on the account and comes back with the session; anything but ru/be/en is refused", async () => {
    const t = await token();
    expect((await staffForToken(t))!.language).toBeNull();
    expect(await setOwnLanguage(officer, "be")).toEqual({ ok: true });
    expect((await staffForToken(t))!.language).toBe("be");
    expect(await setOwnLanguage(officer, "ur")).toEqual({ ok: false });
    expect(await setOwnLanguage(officer, "<script>")).toEqual({ ok: false });
    expect((await staffForToken(t))!.language).toBe("be");
    expect(await db.auditEvent.count({ where: { action: "staff.language_changed", actorStaffId: officer.id } })).toBe(
      1,
    );
  });
});
