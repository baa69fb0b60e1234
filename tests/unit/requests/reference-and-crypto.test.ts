import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { blindIndex, decryptBytes, decryptText, encryptBytes, encryptText } from "../../../app/lib/crypto/protect";
import { generateReference, normalizeReference } from "../../../app/lib/requests/reference";

describe("reference numbers", () => {
  it("look like BP-XXXX-XXXX in an alphabet without I, L, O, U or Z", () => {
    for (let i = 0; i < 500; i++)
      expect(generateReference()).toMatch(/^BP-[0-9A-HJKMNP-TV-Y]{4}-[0-9A-HJKMNP-TV-Y]{4}$/);
  });

  it("read back however they are typed or dictated", () => {
    const reference = generateReference();
    const typed = reference.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l");
    expect(normalizeReference(typed)).toBe(reference);
  });

  it.each(Array.from({ length: 20 }, (_, i) => i))("catch every single mistyped character (sample %i)", () => {
    const reference = generateReference();
    const body = reference.replace(/^BP-|-/g, "");
    for (let i = 0; i < body.length; i++) {
      for (const ch of "0123456789ABCDEFGHJKMNPQRSTVWXYZ") {
        if (ch === body[i]) continue;
        const wrong = body.slice(0, i) + ch + body.slice(i + 1);
        expect(normalizeReference(wrong), wrong).toBeNull();
      }
    }
  });

  it("catch swapped neighbours", () => {
    const body = generateReference().replace(/^BP-|-/g, "");
    for (let i = 0; i < body.length - 1; i++) {
      if (body[i] === body[i + 1]) continue;
      const swapped = body.slice(0, i) + body.charAt(i + 1) + body.charAt(i) + body.slice(i + 2);
      expect(normalizeReference(swapped), swapped).toBeNull();
    }
  });

  it.each(["", "BP-", "BP-1234", "BP-UUUU-UUUU", "'; DROP TABLE Request;--"])("refuse %s", (input) => {
    expect(normalizeReference(input)).toBeNull();
  });
});

describe("encryption at rest", () => {
  const key = randomBytes(32);

  it("round-trips text and bytes, with a fresh IV every time", () => {
    const a = encryptText("MP1234567", key);
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain("MP1234567");
    expect(encryptText("MP1234567", key)).not.toBe(a);
    expect(decryptText(a, key)).toBe("MP1234567");
    const bytes = randomBytes(1000);
    expect(decryptBytes(encryptBytes(bytes, key), key).equals(bytes)).toBe(true);
  });

  it("refuses tampered ciphertext and the wrong key", () => {
    const sealed = encryptBytes(Buffer.from("1990-03-27"), key);
    sealed[sealed.length - 1]! ^= 1;
    expect(() => decryptBytes(sealed, key)).toThrow();
    expect(() => decryptText(encryptText("x", key), randomBytes(32))).toThrow();
  });

  it("gives equal blind indexes for equal values only, under one key", () => {
    expect(blindIndex("MP1234567", key)).toBe(blindIndex("MP1234567", key));
    expect(blindIndex("MP1234567", key)).not.toBe(blindIndex("MP1234568", key));
    expect(blindIndex("MP1234567", key)).not.toBe(blindIndex("MP1234567", randomBytes(32)));
  });
});
