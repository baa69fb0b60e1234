// Every rule, every condition, every outcome; dates pinned.
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../app/lib/visa/answers";
import { REFERENCE_SCENARIOS, TRAVELLERS } from "../../../app/lib/rules/scenarios";
import { evaluate } from "../../../app/lib/visa/evaluate";
import { defaultRuleParameters, type RuleParameters } from "../../../app/lib/rules/parameters";
import { buildRules, OUTCOMES, rulesFor, type Outcome } from "../../../app/lib/visa/rules";
import { relevantAnswers } from "../../../app/lib/visa/wizard";

const rules = buildRules({ officialPassportMaxStay: "unknown", regionalAirports: "allowed" });

const VISA_FREE: Answers = TRAVELLERS.visaFreeRegional;
const BUSINESS: Answers = TRAVELLERS.business;

/** The reference scenarios of a destination (app/lib/rules/scenarios.ts), as rows of the table. */
const scenarios = (destination: "BY" | "PK") =>
  REFERENCE_SCENARIOS.filter((s) => s.answers.destination === destination).map((s): [string, Answers, Outcome] => [
    s.description,
    s.answers,
    s.expected,
  ]);

function outcomeOf(answers: Answers): Outcome {
  const evaluation = evaluate(answers, rules);
  if (!evaluation.complete) throw new Error(`incomplete: needs ${evaluation.next}`);
  return evaluation.outcome;
}

describe("entering Belarus", () => {
  it.each(scenarios("BY"))("%s", (_, answers, expected) => expect(outcomeOf(answers)).toBe(expected));

  // Each condition of the visa-free route, failed alone, leads to a visa from the Embassy.
  it.each<[string, Answers]>([
    ["stay_at_most", { stayDays: 31 }],
    ["eu_visa_multiple", { euVisa: "single" }],
    ["eu_visa_used", { euVisaUsed: "no" }],
    ["arrival_by_air", { entryPoint: "land" }],
    ["not_via_russia", { viaRussia: "yes" }],
    ["insurance", { insurance: "no" }],
    ["departure_ticket", { returnTicket: "no" }],
    ["purpose_not_work", { purpose: "work" }],
    ["visa_free_days_in_year", { visaFreeDaysThisYear: 85 }],
    ["in_force", { travelDate: "2021-10-16" }],
  ])("failing %s means a visa is required, and says why", (condition, change) => {
    const evaluation = evaluate({ purpose: "tourism", ...VISA_FREE, ...change }, rules);
    expect(evaluation.complete && evaluation.outcome).toBe("visa_required");
    if (!evaluation.complete) return;
    const route = evaluation.whyNot.find((r) => r.rule.outcome === "visa_free_airport_30_days")!;
    expect(route.conditions.filter((c) => c.status === "not_met").map((c) => c.id)).toEqual([condition]);
  });

  it("the first day of the route (17 Oct 2021) qualifies; the day before does not", () => {
    expect(outcomeOf({ ...VISA_FREE, travelDate: "2021-10-17" })).toBe("visa_free_airport_30_days");
    expect(outcomeOf({ ...VISA_FREE, travelDate: "2021-10-16", purpose: "tourism" })).toBe("visa_required");
  });

  it("30 days qualifies, 31 does not", () => {
    expect(outcomeOf({ ...VISA_FREE, stayDays: 30 })).toBe("visa_free_airport_30_days");
    expect(outcomeOf({ ...VISA_FREE, stayDays: 31, purpose: "tourism" })).toBe("visa_required");
  });

  it("an official passport before the agreement came into force needs a visa", () => {
    expect(
      outcomeOf({
        destination: "BY",
        nationality: "PK",
        passport: "diplomatic",
        travelDate: "2023-11-30",
        purpose: "business",
      }),
    ).toBe("visa_required");
  });

  it("asks for the purpose on the visa-free route too, and gives emergency and family advice", () => {
    expect(evaluate({ ...VISA_FREE, purpose: undefined }, rules)).toMatchObject({ complete: false, next: "purpose" });
    const needsVisa = { ...VISA_FREE, euVisa: "none" } as const;
    const emergency = evaluate({ ...needsVisa, purpose: "emergency" }, rules);
    expect(emergency.complete && emergency.advice).toEqual(["emergency_visa"]);
    const family = evaluate({ ...needsVisa, purpose: "family" }, rules);
    expect(family.complete && family.advice).toEqual(["kinship_route"]);
  });

  it("does not list routes the traveller is not in scope of", () => {
    const evaluation = evaluate({ ...VISA_FREE, viaRussia: "yes", purpose: "tourism" }, rules);
    expect(evaluation.complete && evaluation.whyNot.map((r) => r.rule.id)).toEqual(["by_visa_free_airport"]);
  });
});

describe("entering Pakistan", () => {
  it.each(scenarios("PK"))("%s", (_, answers, expected) => expect(outcomeOf(answers)).toBe(expected));

  it("asks about the sponsor's clearance only for a short business trip with a document", () => {
    expect(evaluate({ ...BUSINESS, sponsorClearance: undefined }, rules)).toMatchObject({
      complete: false,
      next: "sponsorClearance",
    });
    const long = { ...BUSINESS, stayDays: 60, sponsorClearance: undefined };
    expect(outcomeOf(long)).toBe("business_visa_multiple_entry_5_years");
  });

  it("gives the visa on arrival when the sponsor has clearance, with the 5-year and online visas as alternatives", () => {
    const evaluation = evaluate({ ...BUSINESS, sponsorClearance: "yes" }, rules);
    expect(evaluation.complete && evaluation.outcome).toBe("business_visa_on_arrival");
    expect(evaluation.complete && evaluation.alternatives.map((r) => r.rule.outcome)).toEqual([
      "business_visa_multiple_entry_5_years",
      "online_visa",
    ]);
  });
});

describe("the stay limit for official passports is a setting", () => {
  it.each([
    ["unknown", 200, "visa_free_official_passport"],
    ["30_per_entry_90_per_year", 30, "visa_free_official_passport"],
    ["30_per_entry_90_per_year", 31, "visa_required"],
    ["90_in_180", 90, "visa_free_official_passport"],
    ["90_in_180", 91, "visa_required"],
  ] as const)("limit %s, stay of %i days → %s", (limit, stayDays, expected) => {
    const withLimit = buildRules({ officialPassportMaxStay: limit, regionalAirports: "allowed" });
    const evaluation = evaluate(
      {
        destination: "BY",
        nationality: "PK",
        passport: "diplomatic",
        travelDate: "2025-01-01",
        stayDays,
        purpose: "business",
      },
      withLimit,
    );
    expect(evaluation.complete && evaluation.outcome).toBe(expected);
  });
});

describe("questions", () => {
  it("asks only what the answers so far make relevant", () => {
    expect(relevantAnswers({ ...VISA_FREE }, rules).asked).toEqual([
      "destination",
      "nationality",
      "passport",
      "purpose",
      "euVisa",
      "euVisaUsed",
      "travelDate",
      "stayDays",
      "visaFreeDaysThisYear",
      "entryPoint",
      "viaRussia",
      "returnTicket",
      "insurance",
    ]);
    expect(relevantAnswers({ destination: "BY", nationality: "BY", validPassport: "no" }, rules).asked).toEqual([
      "destination",
      "nationality",
      "validPassport",
    ]);
  });

  it("drops answers an earlier change made irrelevant", () => {
    const { answers } = relevantAnswers({ ...VISA_FREE, euVisa: "none", purpose: "tourism" }, rules);
    expect(answers).not.toHaveProperty("euVisaUsed");
    expect(answers).not.toHaveProperty("entryPoint");
    expect(answers.purpose).toBe("tourism");
  });

  it("every outcome is reachable", () => {
    const witnesses: Answers[] = [
      { destination: "BY", nationality: "BY", validPassport: "yes" },
      { destination: "BY", nationality: "BY", validPassport: "no" },
      { destination: "BY", nationality: "PK", passport: "service", travelDate: "2025-01-01" },
      VISA_FREE,
      { ...VISA_FREE, viaRussia: "yes", purpose: "tourism" },
      BUSINESS,
      { ...BUSINESS, stayDays: 10, businessDocument: "trade-attache-letter", sponsorClearance: "yes" },
      { ...VISA_FREE, purpose: "work" },
      { ...BUSINESS, purpose: "study" },
      { destination: "PK", nationality: "US" },
    ];
    const reached = new Set(witnesses.map(outcomeOf));
    // The e-visa is reached once Pakistan is on its list (the e-visa tests below).
    expect([...reached].sort()).toEqual(OUTCOMES.filter((o) => o !== "e_visa").sort());
  });
});

describe("the Belarusian e-visa is a rule whose list staff change", () => {
  const noSchengenVisa: Answers = { ...VISA_FREE, euVisa: "none", purpose: "tourism" };
  const withEVisa = (edit: (p: RuleParameters) => void) => {
    const parameters = defaultRuleParameters();
    edit(parameters);
    return rulesFor(parameters);
  };

  it.each<[string, (p: RuleParameters) => void, string[]]>([
    ["Pakistan is not on the list and that is to be confirmed", () => {}, ["e_visa_list"]],
    [
      "staff confirmed Pakistan is not on the list",
      (p) => void (p.rules.by_e_visa.verification = { status: "confirmed", checkedOn: "2026-12-01" }),
      [],
    ],
    ["the e-visa route is withdrawn", (p) => void (p.rules.by_e_visa.offered = false), []],
  ])("when %s, a Pakistani who needs a visa is warned %j", async (_, edit, expected) => {
    const { createTranslator } = await import("next-intl");
    const messages = (await import("../../../app/i18n/messages/en.json")).default;
    const { defaultSettings } = await import("../../../app/lib/settings/definitions");
    const { createPresenter } = await import("../../../app/lib/visa/present");
    const t = createTranslator({ locale: "en", messages, namespace: "Visa" }) as never;
    const evaluation = evaluate(noSchengenVisa, withEVisa(edit));
    if (!evaluation.complete) throw new Error("incomplete");
    expect(evaluation.outcome).toBe("visa_required");
    const view = createPresenter(t, "en", defaultSettings()).present(evaluation, noSchengenVisa);
    expect(view.caveats.map((c) => [c.id, c.status])).toEqual(expected.map((id) => [id, "to_be_confirmed"]));
    expect(view.alternatives.filter((a) => a.kind === "advice")).toEqual([]);
  });

  it("once Pakistan is on the list, a traveller who does not qualify for the visa-free route gets the e-visa, with its fees", () => {
    const rules = withEVisa((p) => (p.rules.by_e_visa.states = ["PK"]));
    const evaluation = evaluate(noSchengenVisa, rules);
    expect(evaluation).toMatchObject({
      complete: true,
      outcome: "e_visa",
      rule: { rule: { id: "by_e_visa" } },
      advice: [],
    });
    expect(rules.find((r) => r.id === "by_visa_required")!.caveats).toEqual([]);
    const rule = rules.find((r) => r.id === "by_e_visa")!;
    expect(rule.fees).toEqual([
      { kind: "amount", label: "eVisaConsular", amount: 60 },
      { kind: "amount", label: "eVisaService", amount: 6 },
    ]);
    // The visa-free route stays the answer for those who qualify (no visa, no fee); the e-visa is their alternative.
    const visaFree = evaluate({ ...VISA_FREE, purpose: "tourism" }, rules);
    expect(visaFree).toMatchObject({ complete: true, outcome: "visa_free_airport_30_days" });
    expect(visaFree.complete && visaFree.alternatives.map((a) => a.rule.id)).toEqual(["by_e_visa"]);
  });

  it.each<[string, Answers]>([
    ["work is not one of its categories", { purpose: "work" }],
    ["an emergency is left to the emergency visa", { purpose: "emergency" }],
    ["a stay of more than 30 days", { stayDays: 31 }],
    ["before 20 March 2025", { travelDate: "2025-03-19" }],
  ])("once Pakistan is on the list, a visa from the Embassy is still the answer when %s", (_, change) => {
    const rules = withEVisa((p) => (p.rules.by_e_visa.states = ["PK"]));
    expect(evaluate({ ...noSchengenVisa, ...change }, rules)).toMatchObject({
      complete: true,
      outcome: "visa_required",
    });
  });

  it("a diplomatic passport keeps its own route", () => {
    const rules = withEVisa((p) => (p.rules.by_e_visa.states = ["PK"]));
    expect(
      evaluate({ destination: "BY", nationality: "PK", passport: "diplomatic", travelDate: "2026-01-10" }, rules),
    ).toMatchObject({ outcome: "visa_free_official_passport" });
  });
});
