/**
 * The JSON contract of GET /api/v1/rules: the rules in force on a day, each with its
 * conditions as data (documented in /api/v1/openapi.json and checked in tests), for travel
 * agents and airlines who apply the rules themselves.
 */
import { z } from "zod";
import { ANSWER_FIELDS } from "../visa/answers";
import { SourceSchema } from "../visa/eligibility-response";
import { OUTCOMES, rulesInForce, type Rule } from "../visa/rules";
import { OPERATORS } from "./conditions";
import { RULE_IDS } from "./ids";

const isoDate = z.iso.date();

export const RuleConditionSchema = z
  .object({
    id: z.string().describe("Stable identifier of the condition"),
    field: z.enum(ANSWER_FIELDS).describe("The answer it reads: a parameter of GET /api/v1/eligibility"),
    operator: z
      .enum(OPERATORS)
      .describe(
        "eq, ne: equal or not; in, not_in: one of a list or none; lte: at most; sum_lte: field plus the `plus` fields (unanswered: 0) at most; within: an ISO date from `value.from` to `value.to`, both included",
      ),
    value: z.union([
      z.string(),
      z.number(),
      z.array(z.string()),
      z.object({ from: isoDate.optional(), to: isoDate.optional() }),
    ]),
    plus: z.array(z.enum(ANSWER_FIELDS)).optional(),
    scope: z
      .boolean()
      .optional()
      .describe("true: the condition says whom the route is for, not what the traveller must do"),
  })
  .describe("Tested only once its field is answered; a rule applies when all its conditions hold");

export const RuleSchema = z.object({
  id: z.enum(RULE_IDS),
  destination: z.enum(["BY", "PK"]),
  outcome: z.enum(OUTCOMES),
  order: z
    .number()
    .int()
    .describe("Rules of a destination are tried in this order: the first whose conditions all hold is the answer"),
  fallback: z.boolean().describe("A catch-all for its destination"),
  conditions: z.array(RuleConditionSchema),
  validFrom: isoDate.nullable().describe("First travel date the rule applies to; null: no limit"),
  validFromMonthOnly: z.boolean().describe("The sources give only the month of validFrom"),
  validTo: isoDate.nullable().describe("Last travel date the rule applies to; null: no limit"),
  sources: z.array(
    SourceSchema.extend({ background: z.boolean().describe("Press or an interview: background, not the legal basis") }),
  ),
  verification: z.object({
    status: z.enum(["confirmed", "to_be_confirmed"]),
    checkedOn: isoDate.nullable().describe("Last checked against official sources; null: not yet"),
  }),
  notice: z
    .object({
      from: isoDate,
      text: z.object({
        en: z.string().optional(),
        ru: z.string().optional(),
        be: z.string().optional(),
        ur: z.string().optional(),
      }),
    })
    .nullable()
    .describe("A dated notice of the Embassy's about the rule, once its day has come"),
  version: z.object({
    rules: z.number().int().describe("Version of the rules' structure"),
    parameters: z.number().int().describe("Version of the published values"),
  }),
});

export const RulesResponseSchema = z.object({
  date: isoDate.describe("The travel date the rules are in force on"),
  rules: z.array(RuleSchema),
});

export type RulesResponse = z.infer<typeof RulesResponseSchema>;

/** The rules in force on `date`, in evaluation order, as the API gives them. */
export function toRulesResponse(rules: readonly Rule[], date: string): RulesResponse {
  return {
    date,
    rules: rulesInForce(rules, date).map((rule, order) => ({
      id: rule.id,
      destination: rule.destination,
      outcome: rule.outcome,
      order,
      fallback: rule.fallback ?? false,
      conditions: rule.conditions,
      validFrom: rule.validFrom ?? null,
      validFromMonthOnly: rule.validFromMonthOnly ?? false,
      validTo: rule.validTo ?? null,
      sources: rule.sources.map(({ title, url, date: day, background }) => ({
        title,
        ...(url ? { url } : {}),
        date: day,
        background: background ?? false,
      })),
      verification: rule.verification,
      notice: rule.notice && rule.notice.from <= date ? rule.notice : null,
      version: rule.version,
    })),
  };
}
