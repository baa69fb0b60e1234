// The reference scenarios and the impact of a proposed change on them.
import { describe, expect, it } from "vitest";
import { answerOf, impactOf } from "../../../app/lib/rules/impact";
import { defaultRuleParameters, ruleParametersSchema, type RuleParameters } from "../../../app/lib/rules/parameters";
import { REFERENCE_SCENARIOS } from "../../../app/lib/rules/scenarios";
import { rulesFor } from "../../../app/lib/visa/rules";

const today = defaultRuleParameters();
const proposal = (edit: (p: RuleParameters) => void): RuleParameters => {
  const parameters = structuredClone(today);
  edit(parameters);
  return ruleParametersSchema.parse(parameters);
};
const changedIds = (proposed: RuleParameters) =>
  impactOf(REFERENCE_SCENARIOS, today, proposed).map((i) => i.scenario.id);

describe("the reference scenarios", () => {
  it("have distinct ids, and every one gets its expected outcome under today's rules", () => {
    expect(new Set(REFERENCE_SCENARIOS.map((s) => s.id)).size).toBe(REFERENCE_SCENARIOS.length);
    const rules = rulesFor(today);
    for (const scenario of REFERENCE_SCENARIOS)
      expect([scenario.id, answerOf(scenario, rules)]).toMatchObject([
        scenario.id,
        { complete: true, outcome: scenario.expected },
      ]);
  });
});

describe("impactOf", () => {
  it("lists nothing for a proposal that changes nothing", () => {
    expect(impactOf(REFERENCE_SCENARIOS, today, structuredClone(today))).toEqual([]);
  });

  it("lists the traveller arriving at a regional airport when the regional airports stop qualifying, with both answers", () => {
    const impact = impactOf(
      REFERENCE_SCENARIOS,
      today,
      proposal((p) => (p.rules.by_visa_free_airport.airports = ["minsk-airport"])),
    );
    expect(impact.map((i) => i.scenario.id)).toEqual(["by-visa-free"]);
    expect(impact[0]).toMatchObject({
      before: {
        complete: true,
        outcome: "visa_free_airport_30_days",
        ruleId: "by_visa_free_airport",
        steps: "visa_free_airport_30_days",
      },
      after: { complete: true, outcome: "visa_required", ruleId: "by_visa_required", steps: "visa_required_by" },
      changes: ["outcome", "steps", "fees"],
    });
  });

  it("a new visa fee changes the fees of the travellers who need a visa, not their outcome", () => {
    const impact = impactOf(
      REFERENCE_SCENARIOS,
      today,
      proposal((p) => (p.rules.by_visa_required.fees.standard = 80)),
    );
    expect(impact.map((i) => [i.scenario.id, i.changes])).toEqual([
      ["by-via-russia", ["fees"]],
      ["by-e-visa", ["fees"]],
    ]);
    expect(impact[0]!.after).toMatchObject({
      fees: [
        { label: "visaStandard", amount: 80 },
        { label: "visaUrgent", amount: 120 },
      ],
    });
  });

  it("a rule ended before the scenarios' trip dates moves those travellers to the next rule", () => {
    expect(changedIds(proposal((p) => (p.rules.by_official_passport.validTo = "2025-12-31")))).toEqual(["by-service"]);
  });

  it("a stay limit that becomes known adds a question for the travellers who did not give their stay", () => {
    const impact = impactOf(
      REFERENCE_SCENARIOS,
      today,
      proposal((p) => (p.rules.pk_official_passport.maxStayDays = 90)),
    );
    expect(impact.map((i) => [i.scenario.id, i.changes, i.after])).toEqual([
      ["pk-diplomatic", ["questions"], { complete: false, needs: ["stayDays"] }],
    ]);
  });

  it("adding Pakistan to the e-visa list gives the travellers without a visa-free route the e-visa, with its steps and fees", () => {
    const impact = impactOf(
      REFERENCE_SCENARIOS,
      today,
      proposal((p) => (p.rules.by_e_visa.states = ["PK"])),
    );
    // The tourist arriving through Russia has no visa-free route either, and the e-visa reads no route: the sources name every
    // international checkpoint (facts A.1.d #3) and do not say how a flight from Russia, which has no border control, counts.
    expect(impact.map((i) => i.scenario.id)).toEqual(["by-via-russia", "by-e-visa"]);
    expect(impact.find((i) => i.scenario.id === "by-e-visa")).toMatchObject({
      scenario: { description: "Pakistani tourist who would qualify for the e-visa", expected: "visa_required" },
      before: { complete: true, outcome: "visa_required", ruleId: "by_visa_required", steps: "visa_required_by" },
      after: {
        complete: true,
        outcome: "e_visa",
        ruleId: "by_e_visa",
        steps: "e_visa",
        fees: [
          { label: "eVisaConsular", amount: 60 },
          { label: "eVisaService", amount: 6 },
        ],
      },
      changes: ["outcome", "steps", "fees"],
    });
  });

  it("the e-visa list changes no one travelling before its first day", () => {
    const early = REFERENCE_SCENARIOS.map((s) => ({ ...s, answers: { ...s.answers, travelDate: "2025-03-19" } }));
    expect(
      impactOf(
        early,
        today,
        proposal((p) => (p.rules.by_e_visa.states = ["PK"])),
      ),
    ).toEqual([]);
  });

  it("a notice or a verification changes no traveller's answer", () => {
    const noticed = proposal((p) => {
      p.rules.by_visa_required.notice = { from: "2027-03-01", text: { en: "From 1 March the Embassy also accepts…" } };
      p.rules.by_visa_required.verification = { status: "confirmed", checkedOn: "2027-02-20" };
    });
    expect(changedIds(noticed)).toEqual([]);
  });

  it("works on staff's own scenarios too", () => {
    const own = [
      {
        id: "staff-1",
        description: "a Pakistani student",
        answers: { ...REFERENCE_SCENARIOS[2]!.answers, purpose: "study" as const },
        expected: "visa_free_airport_30_days" as const,
      },
    ];
    const impact = impactOf(
      own,
      today,
      proposal((p) => (p.rules.by_visa_free_airport.offered = false)),
    );
    expect(impact).toMatchObject([
      {
        scenario: { id: "staff-1" },
        before: { advice: ["study_enrolment"] },
        after: { outcome: "visa_required", advice: [] },
      },
    ]);
  });
});
