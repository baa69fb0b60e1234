// Tracking a request as its applicant: keyed access codes, the session cookie, answers
// with files, withdrawal, and the lost-code journey, against a real database.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// The tracking session lives in a cookie: a jar stands in for next/headers' cookies().
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: ({ name }: { name: string }) => jar.delete(name),
  }),
  headers: async () => new Headers({ host: "127.0.0.1" }),
}));

const { reloadKeys } = await import("../../app/lib/crypto/keys");
const { decryptText } = await import("../../app/lib/crypto/protect");
const { db } = await import("../../app/lib/db/client");
const { deliverOutbox } = await import("../../app/lib/notifications/outbox");
const { upgradeLegacyAccessCodes } = await import("../../app/lib/requests/access-codes");
const { sendNewAccessCode } = await import("../../app/lib/requests/new-access-code");
const { submitRequest } = await import("../../app/lib/requests/submit-request");
const { accessByCode, accessFromSession, startTrackingSession, TRACKING_COOKIE } =
  await import("../../app/lib/requests/tracking-access");
const { findTrackedRequest, replyToRequest, trackedRequest, withdrawRequest } =
  await import("../../app/lib/requests/track-request");
const { changeStatus } = await import("../../app/lib/staff/transitions");
const { realStaff } = await import("../support/staff");

const ORIGIN = "https://consular.example";
const sha256 = (code: string) => createHash("sha256").update(code).digest("base64url");
const PDF = new TextEncoder().encode("%PDF-1.4 poc");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

async function newRequest() {
  return submitRequest({
    type: "general_inquiry",
    locale: "en",
    origin: ORIGIN,
    answers: {
      subject: "Visa",
      message: "A question",
      fullName: "Anna Khan",
      phone: "+923001234567",
      email: "Anna@Example.com",
    },
  });
}

async function access(reference: string, code: string) {
  const granted = await accessByCode(reference, code);
  expect(granted).not.toBeNull();
  return granted!;
}

/** The Embassy asks a question (as the staff side records it). */
async function ask(reference: string, body: string) {
  const row = await db.request.update({
    where: { reference },
    data: { status: "needs_information", version: { increment: 1 } },
  });
  await db.requestEvent.create({
    data: { requestId: row.id, kind: "message", toStatus: "needs_information", body, actor: "staff" },
  });
}

beforeEach(async () => {
  jar.clear();
  await db.request.deleteMany();
  await db.outboxMessage.deleteMany();
});
afterAll(() => db.$disconnect());

describe("access codes", () => {
  it("open the request however the reference and code are typed, and nothing else does", async () => {
    const { reference, accessCode } = await newRequest();
    const typed = reference.toLowerCase().replace(/-/g, " ");
    expect((await findTrackedRequest(typed, ` ${accessCode.toLowerCase()} `))!.status).toBe("received");
    expect(await findTrackedRequest(reference, "WRONGCODE1")).toBeNull();
    expect(await findTrackedRequest("BP-0000-0000", accessCode)).toBeNull();
    expect(await findTrackedRequest(reference, "")).toBeNull();
  });

  it("are stored as a keyed hash: neither the code nor its plain SHA-256, and useless under another key", async () => {
    const { reference, accessCode } = await newRequest();
    const { accessCodeHash } = await db.request.findUniqueOrThrow({ where: { reference } });
    expect(accessCodeHash).toMatch(/^h1\./);
    expect(accessCodeHash).not.toContain(accessCode);
    expect(accessCodeHash).not.toContain(sha256(accessCode));
    const saved = { ...process.env };
    try {
      process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
      process.env.DATA_INDEX_KEY = randomBytes(32).toString("base64");
      reloadKeys();
      expect(await accessByCode(reference, accessCode)).toBeNull();
    } finally {
      process.env.DATA_ENCRYPTION_KEY = saved.DATA_ENCRYPTION_KEY;
      process.env.DATA_INDEX_KEY = saved.DATA_INDEX_KEY;
      if (saved.DATA_ENCRYPTION_KEY === undefined) delete process.env.DATA_ENCRYPTION_KEY;
      if (saved.DATA_INDEX_KEY === undefined) delete process.env.DATA_INDEX_KEY;
      reloadKeys();
    }
    expect(await accessByCode(reference, accessCode)).not.toBeNull();
  });

  it("stored before they were keyed (plain SHA-256) are keyed at start, without the codes, and keep working", async () => {
    const first = await newRequest();
    const second = await newRequest();
    for (const { reference, accessCode } of [first, second])
      await db.request.update({ where: { reference }, data: { accessCodeHash: sha256(accessCode) } });
    // A legacy row used before the upgrade ran is re-keyed on that use.
    await access(first.reference, first.accessCode);
    expect((await db.request.findUniqueOrThrow({ where: { reference: first.reference } })).accessCodeHash).toMatch(
      /^h1\./,
    );
    expect(await upgradeLegacyAccessCodes()).toBe(1);
    expect(await upgradeLegacyAccessCodes()).toBe(0);
    const upgraded = await db.request.findUniqueOrThrow({ where: { reference: second.reference } });
    expect(upgraded.accessCodeHash).toMatch(/^h1\./);
    expect(upgraded.accessCodeHash).not.toContain(sha256(second.accessCode));
    await access(second.reference, second.accessCode);
  });
});

describe("the tracking session", () => {
  it("opens only the request it was started for, and ends when the code is replaced", async () => {
    const mine = await newRequest();
    const other = await newRequest();
    await startTrackingSession(await access(mine.reference, mine.accessCode));
    expect(jar.get(TRACKING_COOKIE)).not.toContain(mine.accessCode);
    expect((await accessFromSession(mine.reference))!.reference).toBe(mine.reference);
    expect(await accessFromSession(other.reference)).toBeNull();
    // A forged cookie for the other request (this one's signature on its reference) opens nothing.
    jar.set(TRACKING_COOKIE, jar.get(TRACKING_COOKIE)!.replace(mine.reference, other.reference));
    expect(await accessFromSession(other.reference)).toBeNull();

    await startTrackingSession(await access(mine.reference, mine.accessCode));
    expect(await sendNewAccessCode(mine.reference, "anna@example.com", ORIGIN)).toBe(true);
    expect(await accessFromSession(mine.reference)).toBeNull();
  });
});

describe("answering the Embassy", () => {
  it("shows the open question, takes several files, and takes a further answer until the Embassy acts", async () => {
    const { reference, accessCode } = await newRequest();
    await ask(reference, "Please send a copy of your POC.");
    const granted = await access(reference, accessCode);
    const before = await trackedRequest(granted);
    expect(before.canReply).toBe(true);
    expect(before.question!.body).toBe("Please send a copy of your POC.");

    const files = [
      { filename: "poc-front.pdf", mimeType: "application/pdf", content: PDF },
      { filename: "poc-back.png", mimeType: "image/png", content: PNG },
    ];
    expect(await replyToRequest(granted, "Here it is.", files)).toEqual({ ok: true });
    const after = await trackedRequest(granted);
    expect(after.status).toBe("in_review");
    expect(after.canReply).toBe(true); // the Embassy has not acted yet
    expect(after.timeline.at(-1)!.files).toEqual(["poc-front.pdf", "poc-back.png"]);

    expect(await replyToRequest(granted, "And the back page, again.", [files[1]!])).toEqual({ ok: true });
    const again = await trackedRequest(granted);
    expect(again.status).toBe("in_review");
    expect(again.timeline.map((e) => [e.kind, e.actor, e.body])).toEqual([
      ["submitted", "applicant", null],
      ["message", "embassy", "Please send a copy of your POC."],
      ["applicant_reply", "applicant", "Here it is."],
      ["applicant_reply", "applicant", "And the back page, again."],
    ]);
    const stored = await db.attachment.findMany({ where: { request: { reference } } });
    expect(stored).toHaveLength(3);
    expect(stored.every((a) => !Buffer.from(a.content).includes(Buffer.from("%PDF")))).toBe(true); // encrypted

    // Once the Embassy acts, answering waits for its next question.
    const row = await db.request.findUniqueOrThrow({ where: { reference } });
    await db.requestEvent.create({
      data: {
        requestId: row.id,
        kind: "status_changed",
        fromStatus: "in_review",
        toStatus: "in_review",
        actor: "staff",
      },
    });
    expect((await trackedRequest(granted)).canReply).toBe(false);
    expect(await replyToRequest(granted, "More", [])).toEqual({ ok: false, error: "notAllowed" });
  });

  it("lets exactly one through when the applicant answers while staff change the request at the same moment", async () => {
    const officer = (await realStaff(`officer-${randomBytes(4).toString("hex")}@example.by`, "officer")).staff;
    const outcomes = new Set<string>();
    // Several rounds, so that the two calls' reads and writes interleave in more than one order.
    for (let round = 0; round < 8; round++) {
      const { reference, accessCode } = await newRequest();
      const asked = await db.request.findUniqueOrThrow({ where: { reference } });
      expect(
        await changeStatus(officer, {
          id: asked.id,
          version: asked.version,
          to: "needs_information",
          message: "Question",
          origin: ORIGIN,
        }),
      ).toEqual({ ok: true });
      const granted = await access(reference, accessCode);
      // The officer's page was drawn before the answer arrived: it carries the version after the question.
      const [reply, staff] = await Promise.all([
        replyToRequest(granted, "Answer", []),
        changeStatus(officer, {
          id: asked.id,
          version: asked.version + 1,
          to: "in_review",
          message: null,
          origin: ORIGIN,
        }),
      ]);
      expect([reply.ok, staff.ok].filter(Boolean), JSON.stringify({ reply, staff })).toHaveLength(1);
      const loser = reply.ok ? staff : reply;
      if (!loser.ok) outcomes.add(loser.error);
      const row = await db.request.findUniqueOrThrow({ where: { reference } });
      const replies = await db.requestEvent.count({ where: { requestId: row.id, kind: "applicant_reply" } });
      const changes = await db.requestEvent.count({ where: { requestId: row.id, kind: "status_changed" } });
      // Only the winner's change and event are stored.
      expect([row.status, row.replied, replies, changes]).toEqual(
        reply.ok ? ["in_review", true, 1, 0] : ["in_review", false, 0, 1],
      );
    }
    // At least once the calls really overlapped: the loser had read the request before the winner wrote
    // (a refusal from the version guard, not from a status it saw changed).
    expect(
      [...outcomes].some((outcome) => outcome === "conflict" || outcome === "stale"),
      [...outcomes].join(),
    ).toBe(true);
  });
});

describe("withdrawing", () => {
  it("records the reason with the change, once", async () => {
    const { reference, accessCode } = await newRequest();
    const granted = await access(reference, accessCode);
    expect(await withdrawRequest(granted, "I found the answer on the website.")).toEqual({ ok: true });
    const tracked = await trackedRequest(granted);
    expect(tracked.status).toBe("withdrawn");
    expect(tracked.canWithdraw).toBe(false);
    expect(tracked.timeline.at(-1)).toMatchObject({
      kind: "status_changed",
      toStatus: "withdrawn",
      body: "I found the answer on the website.",
      actor: "applicant",
    });
    expect(await withdrawRequest(granted, null)).toEqual({ ok: false, error: "notAllowed" });
    expect((await db.request.findUniqueOrThrow({ where: { reference } })).closedAt).not.toBeNull();
  });

  it("is one transaction: when its event cannot be written, the status does not change", async () => {
    const { reference, accessCode } = await newRequest();
    const granted = await access(reference, accessCode);
    const failing = vi.spyOn(db, "$transaction").mockImplementationOnce(async (run: unknown) =>
      (db.$transaction as unknown as (fn: (tx: unknown) => Promise<unknown>) => Promise<unknown>)(async (tx) =>
        (run as (tx: unknown) => Promise<unknown>)(
          new Proxy(tx as object, {
            get: (t, k) =>
              k === "requestEvent" ? { create: () => Promise.reject(new Error("disk full")) } : (t as never)[k],
          }),
        ),
      ),
    );
    await expect(withdrawRequest(granted, null)).rejects.toThrow("disk full");
    failing.mockRestore();
    expect((await db.request.findUniqueOrThrow({ where: { reference } })).status).toBe("received");
  });
});

describe("a new access code", () => {
  it("is e-mailed (sealed) only when the reference and address match; the old code stops working", async () => {
    const { reference, accessCode } = await newRequest();
    await db.outboxMessage.deleteMany(); // the confirmation e-mail
    expect(await sendNewAccessCode(reference, "someone@example.com", ORIGIN)).toBe(false);
    expect(await sendNewAccessCode("BP-0000-0000", "anna@example.com", ORIGIN)).toBe(false);
    expect(await db.outboxMessage.count()).toBe(0);

    expect(await sendNewAccessCode(reference.toLowerCase(), " ANNA@example.com ", ORIGIN)).toBe(true);
    const [message] = await db.outboxMessage.findMany();
    expect(message).toMatchObject({
      recipient: "Anna@Example.com",
      sealed: true,
      subject: `Your new access code for request ${reference}`,
    });
    const body = decryptText(message!.body);
    const newCode = body.match(/Your new access code: ([0-9A-Z]{10})/)![1]!;
    expect(message!.body).not.toContain(newCode);
    expect(body).toContain(`${ORIGIN}/en/track?reference=${reference}`);
    expect(await accessByCode(reference, accessCode)).toBeNull();
    expect(await accessByCode(reference, newCode)).not.toBeNull();

    // Sent (here: to the log, without SMTP_URL), the text is erased.
    await deliverOutbox();
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: message!.id } })).body).toBe("");
  });
});
