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

export const EligibilityResponseSchema = z.object({
  outcome: z.enum(OUTCOMES),
  title: z.string(),
  summary: z.string(),
  conditions: z.array(ConditionSchema),
  notEligibleFor: z.array(z.object({ outcome: z.enum(OUTCOMES), title: z.string(), conditions: z.array(ConditionSchema) })),
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
  nextSteps: z.array(z.string()),
  fees: z.array(z.object({ label: z.string(), amount: z.string().nullable() })),
  sources: z.array(z.object({ title: z.string(), url: z.string().optional(), date: z.string() })),
  verification: z.object({ status: z.enum(["confirmed", "to_be_confirmed"]), lastReviewed: z.iso.date() }),
  rulesAsOf: z.iso.date(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  lang: z.string(),
});

export const ErrorResponseSchema = z.object({
  error: z.literal("invalid_parameters"),
  errors: z.array(z.object({ param: z.string(), message: z.string() })),
});

export type EligibilityResponse = z.infer<typeof EligibilityResponseSchema>;

const withoutAnswerText = ({ answerText: _, ...condition }: ResultView["conditions"][number]) => condition;

export function toEligibilityResponse(view: ResultView, answers: Record<string, string | number>, lang: string): EligibilityResponse {
  return {
    outcome: view.outcome,
    title: view.title,
    summary: view.summary,
    conditions: view.conditions.map(withoutAnswerText),
    notEligibleFor: view.whyNot.map((w) => ({ outcome: w.outcome, title: w.title, conditions: w.conditions.map(withoutAnswerText) })),
    alternatives: view.alternatives,
    nextSteps: view.nextSteps,
    fees: view.fees,
    sources: view.sources,
    verification: view.verification,
    rulesAsOf: view.rulesAsOf,
    answers,
    lang,
  };
}
