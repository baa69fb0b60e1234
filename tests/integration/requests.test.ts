// Storing, tracking and answering requests against a real database.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { decryptText, blindIndex } from "../../app/lib/crypto/protect";
import { db } from "../../app/lib/db/client";
import { createDraft, loadDraft, saveDraft } from "../../app/lib/requests/drafts";
import { submitRequest } from "../../app/lib/requests/submit-request";
import { findTrackedRequest, replyToRequest, withdrawRequest } from "../../app/lib/requests/track-request";

const ORIGIN = "https://consular.example";

async function newRegistration(extra: Record<string, string> = {}) {
  return submitRequest({
    type: "consular_registration",
    locale: "ru",
    origin: ORIGIN,
    answers: {
      registrationKind: "permanent",
      passportNumber: "MP1234567",
      dateOfBirth: "1990-03-27",
      cityInPakistan: "Lahore",
      fullName: "Анна Хан",
      phone: "+923001234567",
      email: "anna@example.com",
      ...extra,
    },
  });
}

beforeEach(async () => {
  await db.request.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.draft.deleteMany();
});
afterAll(() => db.$disconnect());

describe("submitting a request", () => {
  it("stores it with a reference, a hashed access code, encrypted identity data and a first event", async () => {
    const { reference, accessCode } = await newRegistration();
    const row = await db.request.findUniqueOrThrow({ where: { reference }, include: { events: true } });
    expect(row.status).toBe("received");
    expect(row.accessCodeHash).not.toContain(accessCode);
    expect(row.passportNumberEnc).not.toContain("MP1234567");
    expect(decryptText(row.passportNumberEnc!)).toBe("MP1234567");
    expect(decryptText(row.dateOfBirthEnc!)).toBe("1990-03-27");
    expect(row.passportNumberIndex).toBe(blindIndex("MP1234567"));
    expect(JSON.parse(row.details)).toEqual({ registrationKind: "permanent", cityInPakistan: "Lahore" });
    expect(row.events.map((e) => e.kind)).toEqual(["submitted"]);
  });

  it("queues a confirmation e-mail with the reference and status but no personal data", async () => {
    const { reference } = await newRegistration();
    const [message] = await db.outboxMessage.findMany();
    expect(message!.recipient).toBe("anna@example.com");
    expect(message!.subject).toBe(`Ваше обращение ${reference}: Получено`);
    expect(message!.body).toContain(`${ORIGIN}/ru/track?reference=${reference}`);
    expect(message!.body).not.toMatch(/MP1234567|Анна|1990/);
  });

  it("marks bereavement requests urgent and moves the draft's attachments to the request", async () => {
    const { draft } = await createDraft("bereavement");
    await db.attachment.create({ data: { draftId: draft.id, filename: "death.pdf", mimeType: "application/pdf", size: 5, content: new Uint8Array(5) } });
    const { reference } = await submitRequest({
      type: "bereavement",
      locale: "en",
      origin: ORIGIN,
      draftId: draft.id,
      answers: { deceasedName: "Ivan Petrov", dateOfDeath: "2026-11-20", placeOfDeath: "Lahore", yourRelationship: "Wife", helpNeeded: "Documents", fullName: "Olga Petrova", phone: "+923001234567" },
    });
    const row = await db.request.findUniqueOrThrow({ where: { reference }, include: { attachments: true } });
    expect(row.urgent).toBe(true);
    expect(row.attachments.map((a) => a.filename)).toEqual(["death.pdf"]);
    expect(await db.outboxMessage.count()).toBe(0); // no e-mail address given
  });
});

describe("drafts", () => {
  it("keep the answers encrypted and find them by the cookie token only", async () => {
    const { token, draft } = await createDraft("invitation");
    draft.data.answers.relativeName = "Ali Khan";
    await saveDraft(draft);
    const row = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.id).not.toBe(token);
    expect(row.data).not.toContain("Ali Khan");
    expect((await loadDraft(token))!.data.answers.relativeName).toBe("Ali Khan");
    expect(await loadDraft("not-the-token")).toBeNull();
  });
});

describe("tracking", () => {
  it("shows the request only with the right access code, however the reference is typed", async () => {
    const { reference, accessCode } = await newRegistration();
    const typed = reference.toLowerCase().replace(/-/g, " ");
    expect((await findTrackedRequest(typed, accessCode.toLowerCase()))!.status).toBe("received");
    expect(await findTrackedRequest(reference, "WRONGCODE1")).toBeNull();
    expect(await findTrackedRequest("BP-0000-0000", accessCode)).toBeNull();
  });

  it("lets the applicant answer a request for information, which sends it back to review", async () => {
    const { reference, accessCode } = await newRegistration();
    const row = await db.request.update({ where: { reference }, data: { status: "needs_information", version: { increment: 1 } } });
    await db.requestEvent.create({ data: { requestId: row.id, kind: "message", toStatus: "needs_information", body: "Please send a copy of your POC.", actor: "staff:test" } });

    const pdf = new TextEncoder().encode("%PDF-1.4 poc");
    expect(await replyToRequest(reference, accessCode, "Here it is.", [{ filename: "poc.pdf", mimeType: "application/pdf", content: pdf }])).toEqual({ ok: true });
    const tracked = (await findTrackedRequest(reference, accessCode))!;
    expect(tracked.status).toBe("in_review");
    expect(tracked.timeline.map((e) => [e.kind, e.actor, e.body])).toEqual([
      ["submitted", "applicant", null],
      ["message", "embassy", "Please send a copy of your POC."],
      ["applicant_reply", "applicant", "Here it is."],
    ]);
    expect(tracked.timeline[2]!.files).toEqual(["poc.pdf"]);
    // A second answer is refused: the Embassy has not asked again.
    expect(await replyToRequest(reference, accessCode, "Again", [])).toEqual({ ok: false, error: "notAllowed" });
  });

  it("refuses an answer when staff changed the request at the same moment", async () => {
    const { reference, accessCode } = await newRegistration();
    await db.request.update({ where: { reference }, data: { status: "needs_information" } });
    const stale = await db.request.findUniqueOrThrow({ where: { reference } });
    await db.request.update({ where: { id: stale.id }, data: { version: { increment: 1 } } }); // a concurrent change
    const moved = await db.request.updateMany({ where: { id: stale.id, version: stale.version }, data: { status: "in_review" } });
    expect(moved.count).toBe(0);
    expect(await replyToRequest(reference, accessCode, "Answer", [])).toEqual({ ok: true }); // reads the current version
  });

  it("lets the applicant withdraw an open request, once", async () => {
    const { reference, accessCode } = await newRegistration();
    expect(await withdrawRequest(reference, accessCode)).toEqual({ ok: true });
    expect((await findTrackedRequest(reference, accessCode))!.status).toBe("withdrawn");
    expect(await withdrawRequest(reference, accessCode)).toEqual({ ok: false, error: "notAllowed" });
  });
});
