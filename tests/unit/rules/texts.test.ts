// Issue 17: the numbers staff publish are the numbers the traveller reads. A rule's texts state
// its stay limit and yearly cap from its conditions, in every language, so a new limit never
// leaves an old figure in a summary, a condition or a next step.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../app/i18n/locales";
import { defaultRuleParameters } from "../../../app/lib/rules/parameters";
import { TRAVELLERS } from "../../../app/lib/rules/scenarios";
import { defaultSettings } from "../../../app/lib/settings/definitions";
import type { Answers } from "../../../app/lib/visa/answers";
import { evaluate } from "../../../app/lib/visa/evaluate";
import { createPresenter, type Translate } from "../../../app/lib/visa/present";
import { rulesFor } from "../../../app/lib/visa/rules";

const parameters = defaultRuleParameters();
parameters.rules.by_visa_free_airport.maxStayDays = 21;
parameters.rules.by_visa_free_airport.yearlyCapDays = 60;
parameters.rules.by_e_visa.maxStayDays = 15;
parameters.rules.by_e_visa.states = ["PK"];
parameters.rules.pk_business_on_arrival.maxStayDays = 45;
const rules = rulesFor(parameters);

async function texts(locale: string, answers: Answers, ruleSet = rules) {
  const messages = (await import(`../../../app/i18n/messages/${locale}.json`)).default;
  // A missing or malformed argument fails the test instead of printing the key.
  const t = createTranslator({
    locale,
    messages,
    namespace: "Visa",
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
  const evaluation = evaluate(answers, ruleSet);
  if (!evaluation.complete) throw new Error(`incomplete: needs ${evaluation.next}`);
  const result = createPresenter(t, locale, defaultSettings()).present(evaluation, answers);
  return {
    outcome: result.outcome,
    summary: result.summary,
    conditions: result.conditions.map((c) => c.text),
    steps: result.nextSteps,
    caveats: result.caveats,
  };
}

describe.each(LOCALES)("in %s, the texts state the published numbers", (locale) => {
  it("visa-free entry: the stay limit and the yearly cap", async () => {
    const r = await texts(locale, { ...TRAVELLERS.visaFree, stayDays: 10, visaFreeDaysThisYear: 0 });
    expect(r.outcome).toBe("visa_free_airport_30_days");
    expect(r.summary).toMatch(/21/);
    expect(r.summary).toMatch(/60/);
    expect(r.conditions.join(" ")).toMatch(/21/);
    expect(r.conditions.join(" ")).toMatch(/60/);
    expect(r.steps.join(" ")).toMatch(/21/);
    expect(r.steps.join(" ")).toMatch(/60/);
    expect([r.summary, ...r.conditions, ...r.steps].join(" ")).not.toMatch(/\b(30|90)\b/);
  });

  it("visa-free entry: the airports that qualify, once the regional ones no longer do", async () => {
    const minskOnly = defaultRuleParameters();
    minskOnly.rules.by_visa_free_airport.airports = ["minsk-airport"];
    const answers = { ...TRAVELLERS.visaFree, entryPoint: "minsk-airport" } as const;
    const all = (await texts(locale, answers)).conditions.join(" ");
    const minsk = (await texts(locale, answers, rulesFor(minskOnly))).conditions.join(" ");
    expect(minsk).not.toEqual(all);
    expect(all.length - minsk.length).toBeGreaterThan(10); // "… or a regional airport" is gone
  });

  it("the e-visa, once Pakistan is on its list: its validity", async () => {
    const r = await texts(locale, { ...TRAVELLERS.visaFree, stayDays: 10, viaRussia: "yes" });
    expect(r.outcome).toBe("e_visa");
    expect(r.summary).toMatch(/15/);
    expect(r.steps.join(" ")).toMatch(/15/);
    expect([r.summary, ...r.conditions, ...r.steps].join(" ")).not.toMatch(/\b30\b/);
    // Whether a flight from Russia, which passes no checkpoint, is allowed on an e-visa no source says.
    expect(r.caveats).toEqual([expect.objectContaining({ id: "e_visa_via_russia", status: "to_be_confirmed" })]);
  });

  it("the business visa on arrival: its length", async () => {
    const r = await texts(locale, { ...TRAVELLERS.business, sponsorClearance: "yes" });
    expect(r.outcome).toBe("business_visa_on_arrival");
    expect(r.summary).toMatch(/45/);
    expect(r.steps.join(" ")).toMatch(/45/);
    expect([r.summary, ...r.steps].join(" ")).not.toMatch(/\b30\b/);
  });
});
