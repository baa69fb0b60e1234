// One record per rule: every rule has next steps, fees, its messages in every language and a
// verification, so a rule added without one of them fails here instead of silently on a page.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../app/i18n/locales";
import { RULE_IDS } from "../../../app/lib/rules/ids";
import { defaultRuleParameters, RULE_PARAMETER_SCHEMAS } from "../../../app/lib/rules/parameters";
import { conditionsOf } from "../../../app/lib/visa/evaluate";
import { rulesFor, type Rule } from "../../../app/lib/visa/rules";

const catalogues = await Promise.all(
  LOCALES.map(
    async (locale) => [locale, (await import(`../../../app/i18n/messages/${locale}.json`)).default.Visa] as const,
  ),
);

/** The message at a dotted path of the Visa namespace, or undefined. */
const message = (visa: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], visa);

/** Every message key a rule's record leads the pages to. */
function keysOf(rule: Rule): string[] {
  return [
    `routes.${rule.id}`,
    `outcomes.${rule.outcome}.title`,
    `outcomes.${rule.outcome}.summary`,
    `steps.${rule.steps}`,
    ...conditionsOf(rule).map((c) => `conditions.${c.id}`),
    ...rule.fees.flatMap((f) =>
      f.kind === "pakistan_online_visa"
        ? ["fees.onlineVisaFree", "fees.onlineVisaMaybeFree", "fees.askPakistan"]
        : [`fees.${f.label}`],
    ),
    ...rule.advice.flatMap((a) => [
      `advice.${a.id}.title`,
      `advice.${a.id}.body`,
      ...(a.steps ? [`steps.${a.steps}`] : []),
    ]),
    ...(rule.time && rule.time !== "visa_processing" ? [`time.${rule.time}`] : []),
  ];
}

const rules = rulesFor(defaultRuleParameters());
// With every limit known, the official-passport rules carry their stay condition too.
const withLimits = defaultRuleParameters();
withLimits.rules.by_official_passport.maxStayDays = 30;
withLimits.rules.pk_official_passport.maxStayDays = 90;
const everyCondition = [...rules, ...rulesFor(withLimits)];

describe("the rule records", () => {
  it("cover every rule id once, each with its parameters' schema", () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_PARAMETER_SCHEMAS).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s has next steps, fees, a verification and a version", (_, rule) => {
    expect(rule.steps).toMatch(/^\w+$/);
    expect(Array.isArray(rule.fees)).toBe(true);
    expect(rule.verification).toEqual({
      status: expect.stringMatching(/^(confirmed|to_be_confirmed)$/),
      checkedOn: null,
    });
    expect(rule.version).toEqual({ rules: 1, parameters: 1 });
    // A route a traveller can take costs something or says it is free; only "not covered" and "going home to Pakistan" have no fee line.
    if (rule.outcome !== "not_covered" && rule.id !== "pk_citizen") expect(rule.fees.length).toBeGreaterThan(0);
    // Every route cites the fact base's sources; a Pakistani going home needs none.
    if (rule.outcome !== "not_covered" && rule.id !== "pk_citizen") expect(rule.sources.length).toBeGreaterThan(0);
  });

  it.each(LOCALES)("every message a rule needs is in the %s catalogue", (locale) => {
    const visa = catalogues.find(([l]) => l === locale)![1];
    const missing = everyCondition.flatMap((rule) =>
      keysOf(rule)
        .filter((key) => message(visa, key) === undefined)
        .map((key) => `${rule.id}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("places each destination's shown rules at distinct positions on the visa pages", () => {
    for (const destination of ["BY", "PK"] as const) {
      const shown = rules.filter((r) => r.destination === destination && r.shown !== undefined).map((r) => r.shown);
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.length).toBe(4);
    }
  });

  it("offers to book a visit wherever the route ends at the consular section", () => {
    // A result that sends the traveller to the Embassy must not end with nowhere to go (issue 16).
    expect(rules.filter((r) => r.atEmbassy).map((r) => [r.id, r.books])).toEqual([
      ["by_certificate_of_return", "certificate_of_return"],
      ["by_visa_required", "visa"],
    ]);
  });

  it("marks the answers that need no visa as positive, and only those", () => {
    expect(
      rules
        .filter((r) => r.positive)
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(
      [
        "citizen",
        "citizen",
        "visa_free_airport_30_days",
        "visa_free_official_passport",
        "visa_free_official_passport",
      ].sort(),
    );
  });
});
