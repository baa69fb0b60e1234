// Rule parameters as data: their schema, today's values from code and settings, and the rules
// built from them: scheduled to start or end (at the Karachi date boundary), withdrawn, re-priced.
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../app/lib/settings/definitions";
import {
  defaultRuleParameters,
  ruleParametersFromSettings,
  ruleParametersSchema,
  type RuleParameters,
} from "../../../app/lib/rules/parameters";
import { TRAVELLERS } from "../../../app/lib/rules/scenarios";
import { embassyDay, embassyInstant } from "../../../app/lib/embassy-time";
import { answersToQuery } from "../../../app/lib/visa/answers";
import { checkEligibility } from "../../../app/lib/visa/check-eligibility";
import { evaluate } from "../../../app/lib/visa/evaluate";
import { buildRules, rulesFor, rulesInForce } from "../../../app/lib/visa/rules";

const changed = (edit: (p: RuleParameters) => void): RuleParameters => {
  const parameters = structuredClone(defaultRuleParameters());
  edit(parameters);
  return ruleParametersSchema.parse(parameters);
};
const outcome = (parameters: RuleParameters, answers: Parameters<typeof evaluate>[0]) => {
  const evaluation = evaluate(answers, rulesFor(parameters));
  return evaluation.complete ? evaluation.outcome : `needs ${evaluation.next}`;
};

describe("ruleParametersSchema", () => {
  it("accepts today's values, which build the same rules as before they were parameters", () => {
    expect(ruleParametersSchema.safeParse(defaultRuleParameters()).success).toBe(true);
    expect(rulesFor(defaultRuleParameters())).toEqual(
      buildRules({ officialPassportMaxStay: "unknown", regionalAirports: "allowed" }),
    );
  });

  it("refuses a rule that ends before it starts, a negative fee and an empty list of airports", () => {
    const bad = structuredClone(defaultRuleParameters()) as unknown as {
      rules: Record<string, Record<string, unknown>>;
    };
    bad.rules.by_visa_free_airport!.validTo = "2021-10-01";
    bad.rules.by_visa_required!.fees = { standard: -1, urgent: 120 };
    bad.rules.by_visa_free_airport!.airports = [];
    const result = ruleParametersSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(
      [
        "rules.by_visa_free_airport.airports",
        "rules.by_visa_free_airport.validTo",
        "rules.by_visa_required.fees.standard",
      ].sort(),
    );
  });

  it("the e-visa list names only the states this service answers for, each once", () => {
    const parameters = structuredClone(defaultRuleParameters()) as unknown as {
      rules: Record<string, Record<string, unknown>>;
    };
    expect(defaultRuleParameters().rules.by_e_visa).toMatchObject({
      validFrom: "2025-03-20",
      maxStayDays: 30,
      states: [],
      fees: { consular: 60, service: 6 },
    });
    for (const states of [["PK", "PK"], ["DE"], ["pk"]]) {
      parameters.rules.by_e_visa!.states = states;
      expect(
        ruleParametersSchema.safeParse(parameters).error?.issues.map((i) => i.path.join(".")),
        states.join(),
      ).toEqual([expect.stringMatching(/^rules\.by_e_visa\.states/)]);
    }
    parameters.rules.by_e_visa!.states = ["PK"];
    expect(ruleParametersSchema.safeParse(parameters).success).toBe(true);
  });

  it("refuses a notice without a valid first day or without any text", () => {
    const parameters = structuredClone(defaultRuleParameters()) as unknown as {
      rules: Record<string, Record<string, unknown>>;
    };
    parameters.rules.by_visa_required!.notice = {
      from: "1 March",
      text: { en: "From 1 March the Embassy also accepts…" },
    };
    expect(ruleParametersSchema.safeParse(parameters).success).toBe(false);
    parameters.rules.by_visa_required!.notice = { from: "2027-03-01", text: { en: " " } };
    expect(ruleParametersSchema.safeParse(parameters).success).toBe(false);
  });
});

describe("today's values come from the code and the Embassy's settings", () => {
  it("takes fees, the official stay limit, the regional airports and each rule's verification from the settings", () => {
    const settings = defaultSettings();
    settings["fee.visa.standard"].value = 70;
    settings["officialPassport.maxStay"].value = "90_in_180";
    settings["visaFree.regionalAirports"].value = "not_allowed";
    Object.assign(settings["rule.by_visa_required"], {
      status: "confirmed",
      reviewedAt: new Date("2026-11-30T10:00:00Z"),
    });
    const { rules } = ruleParametersFromSettings(settings);
    expect(rules.by_visa_required.fees).toEqual({ standard: 70, urgent: 120 });
    expect(rules.by_visa_required.verification).toEqual({ status: "confirmed", checkedOn: "2026-11-30" });
    expect(rules.by_official_passport.maxStayDays).toBe(90);
    expect(rules.pk_official_passport.maxStayDays).toBe(90);
    expect(rules.by_visa_free_airport.airports).toEqual(["minsk-airport"]);
  });

  it("keeps the code's dates, limits and cap", () => {
    const { rules } = defaultRuleParameters();
    expect(rules.by_visa_free_airport).toMatchObject({ validFrom: "2021-10-17", maxStayDays: 30, yearlyCapDays: 90 });
    expect(rules.by_official_passport).toMatchObject({
      validFrom: "2023-12-01",
      validFromMonthOnly: true,
      maxStayDays: null,
    });
    expect([rules.pk_business_on_arrival.maxStayDays, rules.pk_business_5_years.maxStayDays]).toEqual([30, 90]);
  });
});

describe("rules built from parameters", () => {
  const visaFree = TRAVELLERS.visaFree;

  it("a rule scheduled to start applies from its first day: a trip the day before does not get it", () => {
    const scheduled = changed((p) => (p.rules.by_visa_free_airport.validFrom = "2027-03-01"));
    expect(outcome(scheduled, { ...visaFree, travelDate: "2027-03-01" })).toBe("visa_free_airport_30_days");
    expect(outcome(scheduled, { ...visaFree, travelDate: "2027-02-28" })).toBe("visa_required");
  });

  it("a rule scheduled to end applies to its last day and not after", () => {
    const ending = changed((p) => (p.rules.by_visa_free_airport.validTo = "2027-02-28"));
    expect(outcome(ending, { ...visaFree, travelDate: "2027-02-28" })).toBe("visa_free_airport_30_days");
    expect(outcome(ending, { ...visaFree, travelDate: "2027-03-01" })).toBe("visa_required");
    expect(rulesInForce(rulesFor(ending), "2027-03-01").map((r) => r.id)).not.toContain("by_visa_free_airport");
    expect(rulesInForce(rulesFor(ending), "2027-02-28").map((r) => r.id)).toContain("by_visa_free_airport");
  });

  it("a trip of no given date is a trip today in Karachi: the new rule applies from midnight there, not in UTC", () => {
    const scheduled = changed((p) => (p.rules.by_visa_free_airport.validFrom = "2027-03-01"));
    const { travelDate: _, ...undated } = visaFree;
    const query = new URLSearchParams(answersToQuery(undated));
    const at = (instant: Date) => {
      const check = checkEligibility(query, rulesFor(scheduled), embassyDay(instant));
      return check.ok ? check.evaluation.outcome : null;
    };
    // 19:00 UTC on 28 Feb is midnight on 1 Mar in Karachi (UTC+5).
    expect(at(embassyInstant("2027-03-01", "00:00"))).toBe("visa_free_airport_30_days");
    expect(at(new Date(embassyInstant("2027-03-01", "00:00").getTime() - 1))).toBe("visa_required");
  });

  it("Pakistan added to the e-visa list from a Monday: a trip from that day gets the e-visa, from midnight in Karachi", () => {
    // The e-visa tourist (scenario by-e-visa): no Schengen visa, so no visa-free route.
    const tourist = {
      destination: "BY",
      nationality: "PK",
      passport: "ordinary",
      purpose: "tourism",
      euVisa: "none",
      stayDays: 10,
    } as const;
    const added = changed((p) => {
      p.rules.by_e_visa.states = ["PK"];
      p.rules.by_e_visa.validFrom = "2027-01-04"; // a Monday
    });
    expect(outcome(added, { ...tourist, travelDate: "2027-01-04" })).toBe("e_visa");
    expect(outcome(added, { ...tourist, travelDate: "2027-01-03" })).toBe("visa_required");
    const query = new URLSearchParams(answersToQuery(tourist));
    const at = (instant: Date) => {
      const check = checkEligibility(query, rulesFor(added), embassyDay(instant));
      return check.ok ? check.evaluation.outcome : null;
    };
    // 19:00 UTC on Sunday 3 Jan is midnight on Monday 4 Jan in Karachi (UTC+5).
    expect(at(new Date("2027-01-03T19:00:00Z"))).toBe("e_visa");
    expect(at(new Date("2027-01-03T18:59:59Z"))).toBe("visa_required");
    // Without a date of its own, the rule starts when the e-visa did (facts A.1.d #3).
    const listed = changed((p) => (p.rules.by_e_visa.states = ["PK"]));
    expect([
      outcome(listed, { ...tourist, travelDate: "2025-03-19" }),
      outcome(listed, { ...tourist, travelDate: "2025-03-20" }),
    ]).toEqual(["visa_required", "e_visa"]);
  });

  it("the e-visa is on the visa pages only while Pakistan is on its list and the route is offered", () => {
    const shown = (parameters: RuleParameters) => rulesFor(parameters).find((r) => r.id === "by_e_visa")?.shown;
    expect(shown(defaultRuleParameters())).toBeUndefined();
    expect(shown(changed((p) => (p.rules.by_e_visa.states = ["PK"])))).toBe(3);
    expect(
      shown(changed((p) => ((p.rules.by_e_visa.states = ["PK"]), (p.rules.by_e_visa.offered = false)))),
    ).toBeUndefined();
  });

  it("a route that is not offered is left out; a destination's last rule cannot be withdrawn", () => {
    const withdrawn = changed((p) => (p.rules.by_visa_free_airport.offered = false));
    expect(rulesFor(withdrawn).map((r) => r.id)).not.toContain("by_visa_free_airport");
    expect(outcome(withdrawn, visaFree)).toBe("visa_required");
    const noFallback = structuredClone(defaultRuleParameters());
    noFallback.rules.by_visa_required.offered = false;
    noFallback.rules.pk_online_visa.offered = false;
    expect(ruleParametersSchema.safeParse(noFallback).error?.issues.map((i) => i.path.join("."))).toEqual([
      "rules.by_visa_required.offered",
      "rules.pk_online_visa.offered",
    ]);
  });

  it("the numbers and lists in conditions are the parameters'", () => {
    const stricter = changed((p) => {
      p.rules.by_visa_free_airport.maxStayDays = 20;
      p.rules.by_visa_free_airport.yearlyCapDays = 60;
      p.rules.by_visa_free_airport.airports = ["minsk-airport"];
    });
    expect(outcome(stricter, { ...visaFree, stayDays: 20 })).toBe("visa_free_airport_30_days");
    expect(outcome(stricter, { ...visaFree, stayDays: 21 })).toBe("visa_required");
    expect(outcome(stricter, { ...visaFree, visaFreeDaysThisYear: 41, stayDays: 20 })).toBe("visa_required");
    expect(outcome(stricter, { ...visaFree, entryPoint: "regional-airport" })).toBe("visa_required");
    const rule = rulesFor(stricter).find((r) => r.id === "by_visa_free_airport")!;
    expect(rule.conditions.find((c) => c.id === "arrival_by_air")).toEqual({
      id: "arrival_by_air",
      field: "entryPoint",
      operator: "in",
      value: ["minsk-airport"],
    });
  });

  it("fees, verification, the notice and the version go into the record", () => {
    const notice = { from: "2027-03-01", text: { en: "From 1 March the Embassy also accepts…" } };
    const parameters = changed((p) => {
      p.version = 7;
      p.rules.by_visa_required.fees.standard = 80;
      p.rules.by_visa_required.notice = notice;
      p.rules.by_visa_required.verification = { status: "confirmed", checkedOn: "2027-02-20" };
    });
    const rule = rulesFor(parameters).find((r) => r.id === "by_visa_required")!;
    expect(rule.fees[0]).toEqual({ kind: "amount", label: "visaStandard", amount: 80 });
    expect(rule).toMatchObject({
      notice,
      verification: { status: "confirmed", checkedOn: "2027-02-20" },
      version: { rules: 1, parameters: 7 },
    });
  });
});
