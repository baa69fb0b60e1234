// Storing, tracking and answering requests against a real database.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { decryptText, blindIndex, encryptText } from "../../app/lib/crypto/protect";
import { db } from "../../app/lib/db/client";
import { createDraft, loadDraft, saveDraft } from "../../app/lib/requests/drafts";
import { submitRequest } from "../../app/lib/requests/submit-request";

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
// Nothing left behind: a draft sealed with this run's keys would trip the key-rotation test.
afterAll(async () => {
  await db.draft.deleteMany();
  await db.request.deleteMany();
  await db.$disconnect();
});

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
    expect(row.details).toEqual({ registrationKind: "permanent", cityInPakistan: "Lahore" });
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
    await db.attachment.create({
      data: {
        draftId: draft.id,
        filename: "death.pdf",
        mimeType: "application/pdf",
        size: 5,
        content: new Uint8Array(5),
      },
    });
    const { reference } = await submitRequest({
      type: "bereavement",
      locale: "en",
      origin: ORIGIN,
      draftId: draft.id,
      answers: {
        deceasedName: "Ivan Petrov",
        dateOfDeath: "2026-11-20",
        placeOfDeath: "Lahore",
        yourRelationship: "Wife",
        helpNeeded: "Documents",
        fullName: "Olga Petrova",
        phone: "+923001234567",
      },
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

  it("count as no draft when what they hold is not a draft's shape (an older release's, a damaged one), not as an error", async () => {
    for (const stored of [
      "{not json",
      JSON.stringify({ answers: { relativeName: 7 }, completed: [], errors: {} }),
      JSON.stringify(["answers"]),
    ]) {
      const { token, draft } = await createDraft("invitation");
      await db.draft.update({ where: { id: draft.id }, data: { data: encryptText(stored) } });
      expect(await loadDraft(token)).toBeNull();
    }
  });
});
