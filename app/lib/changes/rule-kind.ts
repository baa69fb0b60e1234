/**
 * Rule proposals, in the terms of the rule parameters (app/lib/rules/parameters.ts, the
 * "rules" branch's contract): a proposal targets one rule and carries that rule's whole
 * parameter record; the parameters in force on a day are today's (code and settings) with
 * each rule's published version in force put over them. The one place the change flow
 * depends on the shape of rule parameters.
 */
import { z } from "zod";
import { RULE_IDS, type RuleId } from "../rules/ids";
import { defaultRuleParameters, E_VISA_STATES, RULE_PARAMETER_SCHEMAS, type RuleParameters } from "../rules/parameters";
import { rulesFor } from "../visa/rules";

export const ruleTargetIds = (): readonly string[] => RULE_IDS;
export const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

/** One rule's parameters, as ruleParametersSchema checks them inside the whole set (validTo not before validFrom). */
export function ruleParametersSchemaOf(id: string): z.ZodType<RuleParameters["rules"][RuleId]> {
  if (!isRuleId(id)) throw new Error(`Unknown rule ${id}`);
  return (RULE_PARAMETER_SCHEMAS[id] as z.ZodType<RuleParameters["rules"][RuleId]>).refine(
    (p) => !p.validFrom || !p.validTo || p.validFrom <= p.validTo,
    { error: "must not be before validFrom", path: ["validTo"] },
  );
}

/**
 * The parameters in force: `base` (today's, from code and settings) with each published rule
 * version in force over it. `version` counts the published versions it includes (1 when none
 * do), so it only grows as versions are published, a rollback included.
 */
export function withPublished(
  base: RuleParameters,
  published: ReadonlyMap<string, { number: number; payload: unknown }>,
): RuleParameters {
  const rules = { ...base.rules } as Record<RuleId, unknown>;
  let version = 1;
  for (const [id, { number, payload }] of published) {
    if (!isRuleId(id)) continue;
    rules[id] = ruleParametersSchemaOf(id).parse(payload);
    version += number;
  }
  return { version, rules: rules as RuleParameters["rules"] };
}

/**
 * The rules whose answers a change to this rule can alter: itself and the later rules of its
 * destination. The first rule that holds is the answer, so a route added or widened takes
 * travellers from the rules after it (Pakistan added to the e-visa list: those told "visa
 * required"), and one narrowed hands them back; the rules before it are untouched.
 */
export function rulesAffectedBy(id: RuleId): RuleId[] {
  const rules = rulesFor(defaultRuleParameters());
  const destination = rules.find((rule) => rule.id === id)?.destination;
  const order = rules.filter((rule) => rule.destination === destination).map((rule) => rule.id);
  return order.includes(id) ? order.slice(order.indexOf(id)) : [id];
}

/** What a rule version says in a language, for /changes and the alert e-mails: its notice, if it has one for that language. */
export function ruleNoticeText(payload: unknown, locale: string): string | null {
  const notice = (payload as { notice?: { text?: Record<string, string | undefined> } | null }).notice;
  return notice?.text?.[locale]?.trim() || null;
}

/** The rule's own fields a staff form shows, from the record in force (its shape is the rule's); an empty number is "not known" (null), which only some rules allow. */
export type RuleField =
  | { name: string; type: "number"; value: number | null }
  | { name: string; type: "choices"; value: string[]; options: readonly string[]; labels: ChoiceLabels };

/** How a list's options are named to staff: entry points by the staff messages, states by their country names. */
export type ChoiceLabels = "entryPoints" | "countries";

/** The lists in rule parameters, each with every value it may hold (a checkbox each). */
const CHOICES: Record<string, { options: readonly string[]; labels: ChoiceLabels }> = {
  airports: { options: ["minsk-airport", "regional-airport", "land", "other"], labels: "entryPoints" },
  states: { options: E_VISA_STATES, labels: "countries" },
};

/** The rule-specific values (numbers, lists, fees) of a record, as form fields named by their path. */
export function ruleExtraFields(current: Record<string, unknown>): RuleField[] {
  const fields: RuleField[] = [];
  for (const [key, value] of Object.entries(current)) {
    if (["validFrom", "validTo", "validFromMonthOnly", "offered", "verification", "notice"].includes(key)) continue;
    const choices = CHOICES[key];
    if (choices) fields.push({ name: key, type: "choices", value: value as string[], ...choices });
    else if (key === "fees")
      for (const [fee, amount] of Object.entries(value as Record<string, number | null>))
        fields.push({ name: `fees.${fee}`, type: "number", value: amount });
    else if (typeof value === "number" || value === null) fields.push({ name: key, type: "number", value });
  }
  return fields;
}

const LANGS = ["en", "ru", "be", "ur"] as const;

/**
 * A rule's parameters from the staff form: the common fields (dates, offered, verification,
 * notice) and the rule's own (as ruleExtraFields named them), over the record in force, so
 * what the form does not show (validFromMonthOnly) is kept. Not checked: the caller parses it.
 */
export function ruleParametersFromForm(
  current: Record<string, unknown>,
  read: (name: string) => string,
  readAll: (name: string) => string[],
): Record<string, unknown> {
  // The dates are what the form says: an empty field is no date (left out, not an empty string).
  const { validFrom: _validFrom, validTo: _validTo, ...kept } = structuredClone(current);
  const next: Record<string, unknown> = kept;
  for (const name of ["validFrom", "validTo"]) {
    const value = read(name).trim();
    if (value) next[name] = value;
  }
  next.offered = read("offered") === "1";
  next.verification = {
    status: read("verification.status") === "confirmed" ? "confirmed" : "to_be_confirmed",
    checkedOn: read("verification.checkedOn").trim() || null,
  };
  const texts = Object.fromEntries(
    LANGS.map((lang): [string, string] => [lang, read(`notice.text.${lang}`).trim()]).filter(([, text]) => text),
  );
  next.notice = Object.keys(texts).length > 0 ? { from: read("notice.from").trim(), text: texts } : null;
  for (const field of ruleExtraFields(current)) {
    if (field.type === "choices") {
      next[field.name] = readAll(field.name).filter((value) => field.options.includes(value));
      continue;
    }
    const raw = read(field.name).trim();
    // A number the form cannot read stays a string, so the schema refuses it rather than guessing.
    const value = raw === "" ? null : /^\d{1,6}(\.\d{1,2})?$/.test(raw) ? Number(raw) : raw;
    if (field.name.startsWith("fees."))
      (next.fees as Record<string, unknown>)[field.name.slice("fees.".length)] = value;
    else next[field.name] = value;
  }
  return next;
}
