/**
 * Validation of what applicants type, shared by the form pages, their actions and the API.
 * Every text is normalized (Unicode NFC, trimmed, invisible direction overrides removed)
 * before it is checked. Error messages are message keys (Requests.errors.*), translated
 * where they are shown.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";
import { asciiDigits } from "../text";

// Bidi embeddings, overrides and isolates can make text display differently from what it is;
// zero-width spaces and BOM hide characters. ZWNJ/ZWJ stay: Urdu spelling uses them.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is its job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function cleanText(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").replace(/\r\n?/g, "\n").trim();
}

const text = (max: number) =>
  z
    .string({ error: "required" })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: "required" })
        .max(max, { error: "tooLong" })
        .refine((v) => !CONTROL.test(v), { error: "invalidCharacters" }),
    );

export const shortText = text(200);
export const longText = text(4000);

// Names in Latin, Cyrillic or Arabic script (Urdu), with the marks, spaces and punctuation names use.
// eslint-disable-next-line no-misleading-character-class -- ZWNJ and ZWJ are allowed one by one (Urdu spelling), not as a sequence
const NAME = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{M}\u200C\u200D .'’-]+$/u;
/** A word mixing Latin and Cyrillic letters is almost always a look-alike substitution ("Аnna" with a Cyrillic А). */
const MIXED_WORD = /(?=\S*\p{Script=Latin})(?=\S*\p{Script=Cyrillic})\S+/u;

export const personName = text(120).pipe(
  z
    .string()
    .refine((v) => NAME.test(v), { error: "nameCharacters" })
    .refine((v) => !MIXED_WORD.test(v), { error: "nameMixedScripts" }),
);

export const email = z
  .string({ error: "required" })
  .transform((v) => cleanText(v).toLowerCase())
  .pipe(z.email({ error: "email" }).max(254, { error: "tooLong" }));

/** Phone numbers in any common notation; numbers without a country code are read as Pakistani. Stored as E.164. */
export const phone = z
  .string({ error: "required" })
  .transform((v) => asciiDigits(cleanText(v)))
  .pipe(z.string().min(1, { error: "required" }))
  .transform((v, ctx) => {
    const parsed = parsePhoneNumberFromString(v, "PK");
    if (!parsed?.isValid()) {
      ctx.addIssue({ code: "custom", message: "phone" });
      return z.NEVER;
    }
    return parsed.number;
  });

/** Belarusian and Pakistani passports: two letters and seven digits (e.g. MP1234567, AB1234567). */
export const passportNumber = z
  .string({ error: "required" })
  .transform((v) => asciiDigits(cleanText(v)).toUpperCase().replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .regex(/^[A-Z]{2}\d{7}$/, { error: "passport" }),
  );

const isoDate = z
  .string({ error: "required" })
  .transform((v) => asciiDigits(cleanText(v)))
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .pipe(z.iso.date({ error: "date" })),
  );

export const pastDate = (today: () => string) =>
  isoDate.refine((d) => d >= "1900-01-01" && d <= today(), { error: "datePast" });
export const futureDate = (today: () => string) =>
  isoDate.refine((d) => d >= today() && d <= "2100-12-31", { error: "dateFuture" });

export const choice = <T extends readonly [string, ...string[]]>(options: T) => z.enum(options, { error: "choose" });

export const declaration = z.literal("yes", { error: "declaration" });
