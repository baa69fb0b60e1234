// Rotating the encryption and index keys while the data stays readable throughout.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { reloadKeys } from "../../app/lib/crypto/keys";
import { appointmentKey, waitlistKey } from "../../app/lib/appointments/active-keys";
import { blindIndex, decryptBytes, decryptText, encryptBytes, encryptText } from "../../app/lib/crypto/protect";
import { rotateKeys } from "../../app/lib/crypto/rotate-keys";
import { db } from "../../app/lib/db/client";
import { submitRequest } from "../../app/lib/requests/submit-request";
import { listQueue } from "../../app/lib/staff/queue";
import { deleteAllStaff, realStaff } from "../support/staff";

const saved = { ...process.env };
const key = () => randomBytes(32).toString("base64");
function useKeys(current: [string, string], previous?: [string, string]) {
  [process.env.DATA_ENCRYPTION_KEY, process.env.DATA_INDEX_KEY] = current;
  if (previous) [process.env.DATA_ENCRYPTION_KEY_PREVIOUS, process.env.DATA_INDEX_KEY_PREVIOUS] = previous;
  else {
    delete process.env.DATA_ENCRYPTION_KEY_PREVIOUS;
    delete process.env.DATA_INDEX_KEY_PREVIOUS;
  }
  reloadKeys();
}

afterAll(async () => {
  for (const name of [
    "DATA_ENCRYPTION_KEY",
    "DATA_INDEX_KEY",
    "DATA_ENCRYPTION_KEY_PREVIOUS",
    "DATA_INDEX_KEY_PREVIOUS",
  ]) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- assigning undefined would store "undefined"
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  reloadKeys();
  await db.waitlistEntry.deleteMany({ where: { serviceId: "rotation" } });
  await db.appointment.deleteMany({ where: { serviceId: "rotation" } });
  await db.appointmentService.deleteMany({ where: { id: "rotation" } });
  await db.$disconnect();
});

describe("npm run keys:rotate", () => {
  it("re-seals every value under the new keys; the old keys are needed only until it has run", async () => {
    await db.request.deleteMany();
    await deleteAllStaff();
    const { staff: officer } = await realStaff("rotation@example.by", "officer");
    const oldKeys: [string, string] = [key(), key()];
    const newKeys: [string, string] = [key(), key()];
    useKeys(oldKeys);
    const { reference } = await submitRequest({
      type: "consular_registration",
      locale: "en",
      origin: "x",
      answers: {
        registrationKind: "temporary",
        passportNumber: "MP7654321",
        dateOfBirth: "1991-01-01",
        cityInPakistan: "Karachi",
        fullName: "Maria Ali",
        phone: "+923001234567",
      },
    });
    const request = await db.request.findUniqueOrThrow({ where: { reference } });
    const file = await db.attachment.create({
      data: {
        requestId: request.id,
        filename: "a.pdf",
        mimeType: "application/pdf",
        size: 9,
        content: new Uint8Array(encryptBytes(Buffer.from("%PDF-1.4\n"))),
      },
    });

    // A booked visit, someone on its wait-list, and a sealed e-mail not yet sent (a new access code).
    await db.waitlistEntry.deleteMany();
    await db.appointment.deleteMany();
    await db.appointmentService.upsert({
      where: { id: "rotation" },
      create: { id: "rotation", durationMinutes: 30, capacity: 1 },
      update: {},
    });
    const visit = await db.appointment.create({
      data: {
        reference: "BY-ROT-0001",
        accessCodeHash: "x",
        serviceId: "rotation",
        start: new Date("2027-01-05T05:00:00Z"),
        locale: "en",
        name: "Maria Ali",
        email: "maria@example.com",
        phone: "+923001234567",
        passportNumberEnc: encryptText("MP7654321"),
        passportNumberIndex: blindIndex("MP7654321"),
        activeKey: appointmentKey("rotation", blindIndex("MP7654321")),
      },
    });
    const waiting = await db.waitlistEntry.create({
      data: {
        serviceId: "rotation",
        fromDay: "2027-01-05",
        toDay: "2027-01-06",
        name: "Omar",
        email: "omar@example.com",
        locale: "en",
        activeKey: waitlistKey("rotation", "omar@example.com"),
      },
    });
    const sealedMail = await db.outboxMessage.create({
      data: { recipient: "maria@example.com", subject: "s", body: encryptText("your new code"), sealed: true },
    });

    // New keys in place, old ones kept as previous: everything still opens.
    useKeys(newKeys, oldKeys);
    expect(decryptText(request.passportNumberEnc!)).toBe("MP7654321");
    expect(await rotateKeys()).toMatchObject({ requests: 1, appointments: 1, waitlist: 1, emails: 1 });

    // The old keys gone: everything opens with the new ones alone, and search finds the passport.
    useKeys(newKeys);
    const rotated = await db.request.findUniqueOrThrow({ where: { reference } });
    expect(decryptText(rotated.passportNumberEnc!)).toBe("MP7654321");
    expect(decryptText(rotated.dateOfBirthEnc!)).toBe("1991-01-01");
    expect(
      decryptBytes(Buffer.from((await db.attachment.findUniqueOrThrow({ where: { id: file.id } })).content)).toString(),
    ).toBe("%PDF-1.4\n");
    expect((await listQueue(officer, { search: "MP7654321" })).rows.map((r) => r.reference)).toEqual([reference]);
    // The visit's passport opens and its keys are rebuilt, so one-per-passport and one-per-address still hold.
    const movedVisit = await db.appointment.findUniqueOrThrow({ where: { id: visit.id } });
    expect(decryptText(movedVisit.passportNumberEnc)).toBe("MP7654321");
    expect(movedVisit.passportNumberIndex).toBe(blindIndex("MP7654321"));
    expect(movedVisit.activeKey).toBe(appointmentKey("rotation", blindIndex("MP7654321")));
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { id: waiting.id } })).activeKey).toBe(
      waitlistKey("rotation", "omar@example.com"),
    );
    expect(decryptText((await db.outboxMessage.findUniqueOrThrow({ where: { id: sealedMail.id } })).body)).toBe(
      "your new code",
    );
    // And the old key opens nothing any more.
    useKeys(oldKeys);
    expect(() => decryptText(rotated.passportNumberEnc!)).toThrow();
  });
});
