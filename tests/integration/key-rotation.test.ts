// Rotating the encryption and index keys while the data stays readable throughout.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { reloadKeys } from "../../app/lib/crypto/keys";
import { decryptBytes, decryptText, encryptBytes } from "../../app/lib/crypto/protect";
import { rotateKeys } from "../../app/lib/crypto/rotate-keys";
import { db } from "../../app/lib/db/client";
import { submitRequest } from "../../app/lib/requests/submit-request";
import { listQueue } from "../../app/lib/staff/queue";
import { realStaff } from "../support/staff";

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
  await db.$disconnect();
});

describe("npm run keys:rotate", () => {
  it("re-seals every value under the new keys; the old keys are needed only until it has run", async () => {
    await db.request.deleteMany();
    await db.staffUser.deleteMany();
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

    // New keys in place, old ones kept as previous: everything still opens.
    useKeys(newKeys, oldKeys);
    expect(decryptText(request.passportNumberEnc!)).toBe("MP7654321");
    expect((await rotateKeys()).requests).toBe(1);

    // The old keys gone: everything opens with the new ones alone, and search finds the passport.
    useKeys(newKeys);
    const rotated = await db.request.findUniqueOrThrow({ where: { reference } });
    expect(decryptText(rotated.passportNumberEnc!)).toBe("MP7654321");
    expect(decryptText(rotated.dateOfBirthEnc!)).toBe("1991-01-01");
    expect(
      decryptBytes(Buffer.from((await db.attachment.findUniqueOrThrow({ where: { id: file.id } })).content)).toString(),
    ).toBe("%PDF-1.4\n");
    expect((await listQueue(officer, { search: "MP7654321" })).rows.map((r) => r.reference)).toEqual([reference]);
    // And the old key opens nothing any more.
    useKeys(oldKeys);
    expect(() => decryptText(rotated.passportNumberEnc!)).toThrow();
  });
});
