/**
 * Values the Embassy can change without a release (admin → Settings), each with a
 * default and a verification status. Where the fact base (shared/domain/facts.md) marks a
 * value unverified or sources disagree, the default is marked "to_be_confirmed" and
 * public pages say so. Pure: no database here; see settings/read-settings.ts.
 */
import { z } from "zod";
import { SERVICE_SLUGS, type ServiceSlug } from "../services/catalogue";
import { RULE_IDS, type RuleId } from "../rules/ids";
import type { SettingStatus } from "../db/generated/enums";

/** The database's enum (Setting.status). */
export type VerificationStatus = SettingStatus;

type Definition<S extends z.ZodType> = {
  schema: S;
  default: z.infer<S>;
  /** Where the default comes from (fact base reference), shown to staff. */
  source: string;
};

const define = <S extends z.ZodType>(d: Definition<S>) => d;
const euros = z.number().nonnegative().max(10_000).nullable();
const text = z.string().trim().max(500);

const VALUE_DEFINITIONS = {
  "embassy.address": define({ schema: text, default: "", source: "Not in the fact base: the Embassy enters it." }),
  "embassy.phone": define({ schema: text, default: "", source: "Not in the fact base: the Embassy enters it." }),
  "embassy.emergencyPhone": define({
    schema: text,
    default: "",
    source: "Not in the fact base: the Embassy enters it.",
  }),
  "embassy.email": define({ schema: text, default: "", source: "Not in the fact base: the Embassy enters it." }),
  "embassy.hours": define({ schema: text, default: "", source: "Not in the fact base: the Embassy enters it." }),
  "fee.visa.standard": define({ schema: euros, default: 60, source: "facts A.1.d #5: pakistan.mfa.gov.by (cost)" }),
  "fee.visa.urgent": define({ schema: euros, default: 120, source: "facts A.1.d #5: pakistan.mfa.gov.by (cost)" }),
  "fee.evisa.service": define({ schema: euros, default: 6, source: "facts A.1.d #3: news.by, 2025-03-19" }),
  "fee.legalization": define({
    schema: euros,
    default: 50,
    source: "facts A.2.1 #1: pakistan.mfa.gov.by (legalization)",
  }),
  "fee.certificateOfReturn": define({ schema: euros, default: 20, source: "facts A.2.2: bulgaria/spain.mfa.gov.by" }),
  "fee.registration.permanent": define({ schema: euros, default: 10, source: "facts A.2.3: bulgaria.mfa.gov.by" }),
  "fee.registration.temporary": define({
    schema: euros,
    default: null,
    source: "facts A.2.3 and C #8: sources disagree",
  }),
  // Not in the fact base: an indicative rate the Embassy enters with its date, so the checker can show fees in PKR too
  // (payment stays in EUR at HBL, facts A.1.d #5). Empty: no PKR amount is shown.
  "fee.pkrPerEur": define({
    schema: z.number().positive().max(100_000).nullable(),
    default: null,
    source: "Not in the fact base: the Embassy enters an indicative rate (PKR for €1) with its date",
  }),
  "fee.pkrPerEurDate": define({
    schema: z.union([z.literal(""), z.iso.date()]),
    default: "",
    source: "The day of that rate (YYYY-MM-DD)",
  }),
  "visa.processingWorkingDays.standard": define({
    schema: z.number().int().min(1).max(60).nullable(),
    default: 5,
    source:
      "facts A.1.d #5 and A.2.7: 5 working days is another mission's tariff; the Embassy's own page gives fees only",
  }),
  "visa.processingWorkingDays.urgent": define({
    schema: z.number().int().min(1).max(30).nullable(),
    default: 2,
    source:
      "facts A.1.d #5 and A.2.7: 2 working days is another mission's tariff; the Embassy's own page gives fees only",
  }),
  "visaFree.regionalAirports": define({
    schema: z.enum(["allowed", "not_allowed"]),
    default: "allowed",
    source:
      "facts A.1.a #4 and C #2: the MFA's 2021 explanation (aif.by) names the regional airports; older pages say Minsk only",
  }),
  "visaFree.schengenEntryProof": define({
    schema: text,
    default: "",
    source:
      "facts A.1.a #5a and C #12: since the EU's Entry/Exit System (12 Oct 2025, fully 10 Apr 2026) passports are not stamped; what Belarus accepts as proof that the visa was used is not known. Enter it once the Embassy knows",
  }),
  "rules.checkedOn": define({
    schema: z.union([z.literal(""), z.iso.date()]),
    default: "",
    source:
      'facts A.2.7: the day staff last checked the visa rules against official sources (YYYY-MM-DD); shown as "Rules as of"',
  }),
  "legalization.route": define({
    schema: z.enum(["consular_legalization_required", "apostille_applies", "unknown"]),
    default: "consular_legalization_required",
    source:
      "facts A.2.1 and C #1: the Embassy's page says legalization; Pakistan joined the Apostille Convention on 2023-03-09",
  }),
  "officialPassport.maxStay": define({
    schema: z.enum(["30_per_entry_90_per_year", "90_in_180", "unknown"]),
    default: "unknown",
    source: "facts A.1.b #3: the treaty text was not found",
  }),
  "visaFree.registrationWorkingDays": define({
    schema: z.number().int().min(1).max(30),
    default: 10,
    source: "facts A.1.a #9 and C #3: 5 (2018) or 10 (current) working days",
  }),
  "pakistan.onlineVisaFreeForBelarus": define({
    schema: z.enum(["yes", "no", "unknown"]),
    default: "unknown",
    source: "facts A.1.c #6: whether Belarus is on the 126-country list is unverified",
  }),
  "queue.overdueWorkingDays": define({
    schema: z.number().int().min(1).max(60),
    default: 5,
    source:
      "Embassy policy: working days before a request waiting for the Embassy is shown as overdue (5 matches the standard visa, facts A.1.d #5)",
  }),
  "queue.overdueUrgentWorkingDays": define({
    schema: z.number().int().min(1).max(30),
    default: 1,
    source: "Embassy policy: the same for urgent requests (a death in the family)",
  }),
  "appointments.opensDaysAhead": define({
    schema: z.number().int().min(1).max(365),
    default: 30,
    source:
      "Embassy policy: how many days ahead appointments can be booked (30 is the example of issue 16; the Embassy sets it)",
  }),
  "appointments.closesWorkingDaysBefore": define({
    schema: z.number().int().min(0).max(30),
    default: 1,
    source:
      "Embassy policy: booking for a day closes when this many working days before it begin (0: when the slot starts)",
  }),
  "appointments.waitlistOfferHours": define({
    schema: z.number().int().min(1).max(72),
    default: 12,
    source:
      "Embassy policy: how long a freed place is held for the person on the wait-list it is offered to (12 h is the example of issue 16; the Embassy sets it)",
  }),
  "retention.days": define({
    schema: z.number().int().min(30).max(3650),
    default: 365,
    source: "Embassy policy: how long closed requests are kept",
  }),
} as const;

/** One entry per visa rule: its value is unused, its status and review date are the rule's verification. */
const RULE_DEFINITIONS = Object.fromEntries(
  RULE_IDS.map((id) => [
    `rule.${id}`,
    define({ schema: z.null(), default: null, source: "facts A.1 (visa and entry rules)" }),
  ]),
) as Record<`rule.${RuleId}`, Definition<z.ZodNull>>;

/** One entry per consular service page: staff confirm what it says, and the page's tag follows (facts A.2). */
const SERVICE_DEFINITIONS = Object.fromEntries(
  SERVICE_SLUGS.map((slug) => [
    `service.${slug}`,
    define({ schema: z.null(), default: null, source: "facts A.2 (consular procedures)" }),
  ]),
) as Record<`service.${ServiceSlug}`, Definition<z.ZodNull>>;

export const SETTING_DEFINITIONS = { ...VALUE_DEFINITIONS, ...RULE_DEFINITIONS, ...SERVICE_DEFINITIONS };

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_DEFINITIONS)[K]["schema"]>;

export type SettingEntry<K extends SettingKey = SettingKey> = {
  value: SettingValue<K>;
  status: VerificationStatus;
  reviewedAt: Date | null;
};

export type Settings = { [K in SettingKey]: SettingEntry<K> };

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export function defaultSettings(): Settings {
  const entries = SETTING_KEYS.map((key) => [
    key,
    { value: SETTING_DEFINITIONS[key].default, status: "to_be_confirmed", reviewedAt: null },
  ]);
  return Object.fromEntries(entries) as Settings;
}

/**
 * A value as an admin typed it into the settings form: text as typed, an empty box as
 * "no value" (null) and digits as a number, whichever the setting's schema accepts.
 */
export function parseFormValue<K extends SettingKey>(
  key: K,
  raw: string,
): { ok: true; value: SettingValue<K> } | { ok: false } {
  const typed = raw.trim();
  for (const candidate of [typed, typed === "" ? null : Number(typed)]) {
    const parsed = SETTING_DEFINITIONS[key].schema.safeParse(candidate);
    if (parsed.success) return { ok: true, value: parsed.data as SettingValue<K> };
  }
  return { ok: false };
}

/** The choices of a setting whose value is one of a fixed list, or null for free input. */
export function settingChoices(key: SettingKey): readonly string[] | null {
  const schema = SETTING_DEFINITIONS[key].schema;
  return schema instanceof z.ZodEnum ? schema.options : null;
}

/** A stored row read back: a value that no longer fits its schema falls back to the default. */
export function parseStoredValue<K extends SettingKey>(key: K, json: string): SettingValue<K> {
  const definition = SETTING_DEFINITIONS[key];
  try {
    const parsed = definition.schema.safeParse(JSON.parse(json));
    return (parsed.success ? parsed.data : definition.default) as SettingValue<K>;
  } catch {
    return definition.default as SettingValue<K>;
  }
}
