/**
 * The JSON contract of GET /api/v1/eligibility: the response schema (documented in
 * /api/v1/openapi.json and checked in tests) and the mapping from the result view.
 */
import { z } from "zod";
import { ANSWER_FIELDS } from "./answers";
import type { ResultView } from "./present";
import { OUTCOMES } from "./rules";

const ConditionSchema = z.object({
  id: z.string(),
  param: z.enum(ANSWER_FIELDS),
  answer: z.union([z.string(), z.number(), z.null()]),
  met: z.boolean().nullable().describe("null when the question was not asked for this trip"),
  text: z.string(),
});

export const SourceSchema = z.object({ title: z.string(), url: z.string().optional(), date: z.string() });

export const EligibilityResponseSchema = z.object({
  outcome: z.enum(OUTCOMES),
  title: z.string(),
  summary: z.string(),
  leaveBy: z.iso
    .date()
    .nullable()
    .describe("The last day the traveller may be in Belarus (arrival is day 1), when the route limits the stay"),
  nextSteps: z.array(z.string()),
  fees: z.array(
    z.object({
      label: z.string(),
      amount: z.string().nullable().describe("As charged, in euros"),
      pkr: z
        .string()
        .nullable()
        .describe("Indicative amount in Pakistani rupees at the Embassy's rate, when one is set"),
    }),
  ),
  feeNote: z.string().nullable(),
  time: z.string().nullable(),
  where: z.string().nullable(),
  nextLink: z.object({ href: z.string(), text: z.string() }).nullable(),
  caveats: z.array(z.object({ id: z.string(), text: z.string(), status: z.enum(["confirmed", "to_be_confirmed"]) })),
  conditions: z.array(ConditionSchema),
  notEligibleFor: z.array(
    z.object({ outcome: z.enum(OUTCOMES), title: z.string(), conditions: z.array(ConditionSchema) }),
  ),
  alternatives: z.array(
    z.object({
      kind: z.enum(["route", "advice"]),
      id: z.string(),
      outcome: z.enum(OUTCOMES).optional(),
      title: z.string(),
      text: z.string(),
      needs: z.array(z.string()),
    }),
  ),
  sources: z.array(SourceSchema).describe("The legal basis"),
  background: z.array(SourceSchema).describe("Press and the interview: background, not the legal basis"),
  verification: z.object({ status: z.enum(["confirmed", "to_be_confirmed"]), lastReviewed: z.iso.date() }),
  rulesAsOf: z.iso
    .date()
    .nullable()
    .describe("The day the Embassy last checked the rules against official sources; null until it has"),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  lang: z.string(),
});

export const ErrorResponseSchema = z.object({
  error: z.literal("invalid_parameters"),
  errors: z.array(
    z.object({
      param: z.string(),
      code: z
        .enum(["invalid_value", "required"])
        .describe("Stable: invalid_value does not fit the parameter; required is missing for the answers given"),
      message: z.string().describe("For people; may change"),
    }),
  ),
});

export type EligibilityResponse = z.infer<typeof EligibilityResponseSchema>;

const plainSource = ({ title, url, date }: ResultView["sources"][number]) => ({ title, ...(url ? { url } : {}), date });
const withoutAnswerText = ({ answerText: _, ...condition }: ResultView["conditions"][number]) => condition;

export function toEligibilityResponse(
  view: ResultView,
  answers: Record<string, string | number>,
  lang: string,
): EligibilityResponse {
  return {
    outcome: view.outcome,
    title: view.title,
    summary: view.summary,
    leaveBy: view.leaveBy,
    nextSteps: view.nextSteps,
    fees: view.fees,
    feeNote: view.feeNote,
    time: view.time,
    where: view.where,
    nextLink: view.nextLink,
    caveats: view.caveats,
    conditions: view.conditions.map(withoutAnswerText),
    notEligibleFor: view.whyNot.map((w) => ({
      outcome: w.outcome,
      title: w.title,
      conditions: w.conditions.map(withoutAnswerText),
    })),
    alternatives: view.alternatives,
    sources: view.sources.map(plainSource),
    background: view.background.map(plainSource),
    verification: view.verification,
    rulesAsOf: view.rulesAsOf,
    answers,
    lang,
  };
}
