/**
 * What staff may change in a rule, as data: its validity dates, the numbers and lists in
 * its conditions, its fees, whether the route is offered, its verification and a dated
 * notice. The structure of a rule (which answers it reads, which operators) stays code, in
 * app/lib/visa/rules.ts, built from these values by `rulesFor(parameters)`.
 *
 * Today the values come from code and the Embassy's settings (`ruleParametersFromSettings`);
 * published parameter versions (issue 17) replace that source, not this shape.
 * Pure: no framework or database imports.
 */
import { z } from "zod";
import { ANSWER_SCHEMAS } from "../visa/answers";
import { defaultSettings, type Settings, type VerificationStatus } from "../settings/definitions";
import { RULE_IDS, type RuleId } from "./ids";

/** The code's version of the rule structure: bumped when a rule's conditions change shape (a release). */
export const RULES_CODE_VERSION = 1;

const isoDate = z.iso.date();
const euros = z
  .number()
  .nonnegative()
  .max(10_000)
  .nullable()
  .describe("In euros; null: not known (shown as to be confirmed)");
const days = z.number().int().min(1).max(3650);

export const noticeSchema = z.object({
  /** The first day (Karachi) the notice is shown. */
  from: isoDate,
  text: z
    .object({
      en: z.string().max(1000).optional(),
      ru: z.string().max(1000).optional(),
      be: z.string().max(1000).optional(),
      ur: z.string().max(1000).optional(),
    })
    .refine((text) => Object.values(text).some((t: string | undefined) => t?.trim()), {
      error: "needs a text in at least one language",
    }),
});
export type Notice = z.infer<typeof noticeSchema>;

export const verificationSchema = z.object({
  status: z.enum(["confirmed", "to_be_confirmed"]) satisfies z.ZodType<VerificationStatus>,
  /** The day staff last checked the rule against official sources; null: never (the fact base's date is shown). */
  checkedOn: isoDate.nullable(),
});

const common = {
  /** First and last day the rule applies to (travel date, both included): a rule can be scheduled to start or end. */
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  /** The sources give only the month validFrom falls in (facts A.2.7): shown as "December 2023", never a day. */
  validFromMonthOnly: z.boolean().optional(),
  /** Whether the route is offered at all; the rules that end a destination's list always are (ALWAYS_OFFERED). */
  offered: z.boolean(),
  verification: verificationSchema,
  notice: noticeSchema.nullable(),
};

const plain = z.object(common);
const officialPassport = z.object({
  ...common,
  /** Null: the limit is not known (facts A.1.b #3), and the result says so instead of guessing one. */
  maxStayDays: days.nullable(),
});
const withStay = z.object({ ...common, maxStayDays: days });

/**
 * The e-visa states this service can name: it answers for Pakistani and Belarusian travellers
 * only (every other nationality is "not covered" first) and Belarusians need no visa, so of
 * the 67 e-visa states (facts A.1.d #3) only Pakistan's place on the list changes an answer.
 */
export const E_VISA_STATES = ["PK"] as const;

export const RULE_PARAMETER_SCHEMAS = {
  by_not_covered: plain,
  by_citizen: plain,
  by_certificate_of_return: z.object({ ...common, fees: z.object({ certificateOfReturn: euros }) }),
  by_official_passport: officialPassport,
  by_visa_free_airport: z.object({
    ...common,
    maxStayDays: days,
    /** All visa-free stays in one calendar year together (facts A.1.a #8, #12). */
    yearlyCapDays: days,
    /** The entry points that qualify (facts A.1.a #4, C.2). */
    airports: z.array(ANSWER_SCHEMAS.entryPoint).min(1),
  }),
  by_e_visa: z.object({
    ...common,
    /** The e-visa is valid 30 days or less (facts A.1.d #3). */
    maxStayDays: days,
    /** The states on the e-visa list, of those this service answers for; Pakistan is probably not on it (facts A.1.d #4). */
    states: z
      .array(z.enum(E_VISA_STATES))
      .refine((states) => new Set(states).size === states.length, { error: "lists a state twice" }),
    /** The regular consular fee plus the e-Pasluga service fee (facts A.1.d #3, A.2.6). */
    fees: z.object({ consular: euros, service: euros }),
  }),
  by_visa_required: z.object({ ...common, fees: z.object({ standard: euros, urgent: euros }) }),
  pk_not_covered: plain,
  pk_citizen: plain,
  pk_official_passport: officialPassport,
  pk_business_on_arrival: withStay,
  pk_business_5_years: withStay,
  pk_online_visa: plain,
} as const satisfies Record<RuleId, z.ZodObject>;

/**
 * The rules that end a destination's list: every traveller must get an answer, so they are
 * always offered (a route is withdrawn by its own rule, never by its fallback's).
 */
export const ALWAYS_OFFERED: ReadonlySet<RuleId> = new Set([
  "by_not_covered",
  "by_visa_required",
  "pk_not_covered",
  "pk_online_visa",
]);

const datesInOrder = (p: { validFrom?: string; validTo?: string }) =>
  !p.validFrom || !p.validTo || p.validFrom <= p.validTo;

/** The parameters of every rule, and the version of this set (a published version's number). */
export const ruleParametersSchema = z
  .object({
    version: z.number().int().positive(),
    rules: z.object(RULE_PARAMETER_SCHEMAS),
  })
  .check((ctx) => {
    for (const id of RULE_IDS) {
      const rule = ctx.value.rules[id];
      if (!datesInOrder(rule))
        ctx.issues.push({
          code: "custom",
          path: ["rules", id, "validTo"],
          message: "must not be before validFrom",
          input: rule.validTo,
        });
      if (ALWAYS_OFFERED.has(id) && !rule.offered)
        ctx.issues.push({
          code: "custom",
          path: ["rules", id, "offered"],
          message: "ends its destination's list: always offered",
          input: rule.offered,
        });
    }
  });

export type RuleParameters = z.infer<typeof ruleParametersSchema>;
export type RuleParametersOf<Id extends RuleId> = RuleParameters["rules"][Id];

const STAY_LIMIT = { "30_per_entry_90_per_year": 30, "90_in_180": 90, unknown: null } as const;
const AIRPORTS = { allowed: ["minsk-airport", "regional-airport"], not_allowed: ["minsk-airport"] } as const;

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * Today's values: the code's (dates in force, stay limits, the yearly cap) with the
 * Embassy's settings applied (fees, the official-passport stay limit, the regional airports,
 * each rule's verification "rule.<id>"); the e-visa's consular fee is the regular visa's (facts A.1.d #3).
 */
export function ruleParametersFromSettings(settings: Settings): RuleParameters {
  const base = (id: RuleId) => ({
    offered: true,
    verification: { status: settings[`rule.${id}`].status, checkedOn: isoDay(settings[`rule.${id}`].reviewedAt) },
    notice: null,
  });
  const officialStay = STAY_LIMIT[settings["officialPassport.maxStay"].value];
  // The agreement came into force in December 2023; the sources give no day (facts A.1.b, A.2.7).
  const agreement = { validFrom: "2023-12-01", validFromMonthOnly: true };
  return {
    version: 1,
    rules: {
      by_not_covered: base("by_not_covered"),
      by_citizen: base("by_citizen"),
      by_certificate_of_return: {
        ...base("by_certificate_of_return"),
        fees: { certificateOfReturn: settings["fee.certificateOfReturn"].value },
      },
      by_official_passport: { ...base("by_official_passport"), ...agreement, maxStayDays: officialStay },
      by_visa_free_airport: {
        ...base("by_visa_free_airport"),
        validFrom: "2021-10-17",
        maxStayDays: 30,
        // All visa-free stays in one calendar year together (facts A.1.a #8, #12).
        yearlyCapDays: 90,
        airports: [...AIRPORTS[settings["visaFree.regionalAirports"].value]],
      },
      // Available from 20 Mar 2025 to the 67 states; Pakistan not among them until staff add it (facts A.1.d #3–4).
      by_e_visa: {
        ...base("by_e_visa"),
        validFrom: "2025-03-20",
        maxStayDays: 30,
        states: [],
        fees: { consular: settings["fee.visa.standard"].value, service: settings["fee.evisa.service"].value },
      },
      by_visa_required: {
        ...base("by_visa_required"),
        fees: { standard: settings["fee.visa.standard"].value, urgent: settings["fee.visa.urgent"].value },
      },
      pk_not_covered: base("pk_not_covered"),
      pk_citizen: base("pk_citizen"),
      pk_official_passport: { ...base("pk_official_passport"), ...agreement, maxStayDays: officialStay },
      // Visa on arrival: single entry, 30 days (facts A.1.c #3); the 5-year visa: stays of up to 90 days each (A.1.c #2).
      pk_business_on_arrival: { ...base("pk_business_on_arrival"), maxStayDays: 30 },
      pk_business_5_years: { ...base("pk_business_5_years"), maxStayDays: 90 },
      pk_online_visa: base("pk_online_visa"),
    },
  };
}

/** The parameters as the code and the settings' defaults give them. */
export function defaultRuleParameters(): RuleParameters {
  return ruleParametersFromSettings(defaultSettings());
}
