/**
 * The answers the eligibility checker works with: one schema for the wizard's query
 * string, the result page and GET /api/v1/eligibility, so every channel accepts exactly
 * the same parameters. Every field is optional here; which ones a given trip needs is
 * decided by the rules (see rules.ts), and which page asks them by wizard.ts.
 */
import { z } from "zod";
import { asciiDigits } from "../text";
import { isCountryCode } from "./countries";

const yesNo = z.enum(["yes", "no"]);

/**
 * A whole number written in plain decimal digits only: "1e1", "0x0A", " 10", "10.5" and
 * "+10" are refused rather than read as 10 (Number() would accept all of them).
 */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,6}$/, { error: "must be a whole number written in digits" })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be from ${min} to ${max}` })
        .max(max, { error: `must be from ${min} to ${max}` }),
    );

/** Whole-number answers and their bounds: typed into a text box, sent as digits. */
export const NUMBER_BOUNDS = { stayDays: { min: 1, max: 3650 }, visaFreeDaysThisYear: { min: 0, max: 365 } } as const;

// The order of the keys is the order questions are asked in (see wizard.ts for the pages).
export const ANSWER_SCHEMAS = {
  destination: z.enum(["BY", "PK"]),
  nationality: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 country code" })
    .transform((code) => code.toUpperCase())
    .refine(isCountryCode, { error: "must be an ISO 3166-1 alpha-2 country code" }),
  validPassport: yesNo,
  passport: z.enum(["ordinary", "diplomatic", "service"]),
  purpose: z.enum(["tourism", "business", "family", "study", "work", "transit", "medical", "emergency", "other"]),
  euVisa: z.enum(["none", "single", "multiple"]),
  euVisaUsed: yesNo,
  travelDate: z.iso
    .date()
    .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", { error: "must be between 2000 and 2100" }),
  stayDays: wholeNumber(NUMBER_BOUNDS.stayDays.min, NUMBER_BOUNDS.stayDays.max),
  visaFreeDaysThisYear: wholeNumber(NUMBER_BOUNDS.visaFreeDaysThisYear.min, NUMBER_BOUNDS.visaFreeDaysThisYear.max),
  entryPoint: z.enum(["minsk-airport", "regional-airport", "land", "other"]),
  viaRussia: yesNo,
  returnTicket: yesNo,
  insurance: yesNo,
  businessDocument: z.enum(["chamber-letter", "recommended-invitation", "trade-attache-letter", "none"]),
  sponsorClearance: yesNo,
} as const;

export type AnswerField = keyof typeof ANSWER_SCHEMAS;
export type Answers = { [F in AnswerField]?: z.output<(typeof ANSWER_SCHEMAS)[F]> };

/** The order questions are asked in, and the order answers are listed in. */
export const ANSWER_FIELDS = Object.keys(ANSWER_SCHEMAS) as AnswerField[];

export const isNumberField = (field: AnswerField): field is keyof typeof NUMBER_BOUNDS => field in NUMBER_BOUNDS;

/**
 * Stable codes of a refused parameter, as the API's 400 body gives them (messages may change):
 * `invalid_value` does not fit the parameter, `required` is missing for the answers given.
 */
export type ParamErrorCode = "invalid_value" | "required";
export type ParamError = { param: AnswerField; code: ParamErrorCode; message: string };

/**
 * Reads answers from a query string. Empty values count as not given; a value that does
 * not fit its field is reported by name, and the other answers are still read.
 * `typed` is for what a person typed into the wizard: surrounding spaces are dropped and
 * Urdu or Arabic-Indic digits read as 0–9. The API reads values exactly as sent.
 */
export function parseAnswers(
  params: URLSearchParams,
  { typed = false } = {},
): { answers: Answers; errors: ParamError[] } {
  const answers: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const field of ANSWER_FIELDS) {
    const sent = params.get(field);
    const raw = sent !== null && typed ? asciiDigits(sent.trim()) : sent;
    if (raw === null || raw === "") continue;
    const parsed = ANSWER_SCHEMAS[field].safeParse(raw);
    if (parsed.success) answers[field] = parsed.data;
    else
      errors.push({ param: field, code: "invalid_value", message: parsed.error.issues[0]?.message ?? "invalid value" });
  }
  return { answers, errors };
}

/** Answers → query string, in question order (stable, shareable URLs). */
export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  for (const field of ANSWER_FIELDS) {
    const value = answers[field];
    if (value !== undefined) params.set(field, String(value));
  }
  return params.toString();
}
