/**
 * The answers the eligibility checker works with: one schema for the wizard's query
 * string, the result page and GET /api/v1/eligibility, so every channel accepts exactly
 * the same parameters. Every field is optional here; which ones a given trip needs is
 * decided by the rules (see questions.ts).
 */
import { z } from "zod";
import { asciiDigits } from "../text";
import { isCountryCode } from "./countries";

const yesNo = z.enum(["yes", "no"]);

export const ANSWER_SCHEMAS = {
  destination: z.enum(["BY", "PK"]),
  nationality: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { message: "must be an ISO 3166-1 alpha-2 country code" })
    .transform((code) => code.toUpperCase())
    .refine(isCountryCode, { message: "must be an ISO 3166-1 alpha-2 country code" }),
  validPassport: yesNo,
  passport: z.enum(["ordinary", "diplomatic", "service"]),
  purpose: z.enum(["tourism", "business", "family", "study", "work", "transit", "medical", "emergency", "other"]),
  travelDate: z.iso.date().refine((d) => d >= "2000-01-01" && d <= "2100-12-31", { message: "must be between 2000 and 2100" }),
  stayDays: z.coerce.number().int().min(1).max(3650),
  euVisa: z.enum(["none", "single", "multiple"]),
  euVisaUsed: yesNo,
  entryPoint: z.enum(["minsk-airport", "regional-airport", "land", "other"]),
  viaRussia: yesNo,
  insurance: yesNo,
  returnTicket: yesNo,
  businessDocument: z.enum(["chamber-letter", "recommended-invitation", "trade-attache-letter", "none"]),
  sponsorClearance: yesNo,
} as const;

export type AnswerField = keyof typeof ANSWER_SCHEMAS;
export type Answers = { [F in AnswerField]?: z.infer<(typeof ANSWER_SCHEMAS)[F]> };

/** The order questions are asked in, and the order answers are listed in. */
export const ANSWER_FIELDS = Object.keys(ANSWER_SCHEMAS) as AnswerField[];

export const AnswersSchema = z.object(
  Object.fromEntries(ANSWER_FIELDS.map((f) => [f, ANSWER_SCHEMAS[f].optional()])) as {
    [F in AnswerField]: z.ZodOptional<(typeof ANSWER_SCHEMAS)[F]>;
  },
);

export type ParamError = { param: AnswerField; message: string };


/**
 * Reads answers from a query string. Empty values count as not given; a value that does
 * not fit its field is reported by name, and the other answers are still read.
 */
export function parseAnswers(params: URLSearchParams): { answers: Answers; errors: ParamError[] } {
  const answers: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const field of ANSWER_FIELDS) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === "") continue;
    const parsed = ANSWER_SCHEMAS[field].safeParse(asciiDigits(raw.trim()));
    if (parsed.success) answers[field] = parsed.data;
    else errors.push({ param: field, message: parsed.error.issues[0]?.message ?? "invalid value" });
  }
  return { answers: answers as Answers, errors };
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
