// Issue 13: the work traveller, the 90-days-a-year cap, the last day to leave, the settings
// that decide disputed facts, and what the result says first (fees in EUR with PKR).
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { VISA_FREE } from "./fixtures";
import messages from "../../../app/i18n/messages/en.json";
import { defaultSettings, type Settings } from "../../../app/lib/settings/definitions";
import type { Answers } from "../../../app/lib/visa/answers";
import { evaluate } from "../../../app/lib/visa/evaluate";
import { createPresenter, type Translate } from "../../../app/lib/visa/present";
import { buildRules, lastDayOfStay } from "../../../app/lib/visa/rules";
import { rulesFromSettings } from "../../../app/lib/visa/rules-from-settings";

const t = createTranslator({ locale: "en", messages, namespace: "Visa" }) as unknown as Translate;
const rules = buildRules({ officialPassportMaxStay: "unknown", regionalAirports: "allowed" });

function view(answers: Answers, settings: Settings = defaultSettings()) {
  const evaluation = evaluate(answers, rulesFromSettings(settings));
  if (!evaluation.complete) throw new Error(`incomplete: needs ${evaluation.next}`);
  return createPresenter(t, "en", settings).present(evaluation, answers);
}

describe("a Pakistani who travels to work", () => {
  it("needs a visa even when every visa-free condition holds, and is told why", () => {
    const evaluation = evaluate({ ...VISA_FREE, purpose: "work" }, rules);
    expect(evaluation.complete && evaluation.outcome).toBe("visa_required");
    if (!evaluation.complete) return;
    const visaFree = evaluation.whyNot.find((r) => r.rule.id === "by_visa_free_airport")!;
    expect(visaFree.conditions.filter((c) => c.status === "not_met").map((c) => c.id)).toEqual(["purpose_not_work"]);
  });

  it("learns that a work permit and a visa are needed through the employer, and not to pay agents", () => {
    const result = view({ ...VISA_FREE, purpose: "work" });
    expect(result.nextSteps[0]).toMatch(/work permit and the matching visa/);
    expect(result.nextSteps.join(" ")).toMatch(/employer/);
    expect(result.nextSteps.at(-1)).toMatch(/Do not pay agents/);
    expect(result.alternatives.map((a) => a.id)).toEqual(expect.arrayContaining(["work_permit", "job_agents"]));
    expect(result.whyNot[0]!.conditions.map((c) => c.text)).toEqual([
      "The trip is not for work: visa-free entry does not allow you to work",
    ]);
  });

  it("is asked the purpose before anything about Schengen visas, and reaches the answer in 3 pages", () => {
    expect(evaluate({ destination: "BY", nationality: "PK", passport: "ordinary" }, rules)).toMatchObject({
      complete: false,
      next: "purpose",
    });
    expect(
      evaluate({ destination: "BY", nationality: "PK", passport: "ordinary", purpose: "work" }, rules),
    ).toMatchObject({ complete: true, outcome: "visa_required" });
  });

  it("a tourist gets the ordinary visa steps instead", () => {
    expect(view({ ...VISA_FREE, viaRussia: "yes" }).nextSteps[0]).toMatch(/^Prepare: the application form/);
  });
});

describe("the 90 days a year", () => {
  it.each([
    [0, 30, "visa_free_airport_30_days"],
    [60, 30, "visa_free_airport_30_days"], // exactly 90
    [61, 30, "visa_required"],
    [80, 10, "visa_free_airport_30_days"], // exactly 90
    [85, 10, "visa_required"],
    [89, 1, "visa_free_airport_30_days"],
    [90, 1, "visa_required"],
  ] as const)("%i days already plus a stay of %i → %s", (before, stayDays, outcome) => {
    const evaluation = evaluate({ ...VISA_FREE, visaFreeDaysThisYear: before, stayDays }, rules);
    expect(evaluation.complete && evaluation.outcome).toBe(outcome);
  });

  it("the 85-days tourist is told which condition failed, with his answer", () => {
    const result = view({ ...VISA_FREE, visaFreeDaysThisYear: 85 });
    expect(result.outcome).toBe("visa_required");
    const failed = result.whyNot.find((w) => w.ruleId === "by_visa_free_airport")!.conditions;
    expect(failed.map((c) => [c.id, c.answerText])).toEqual([["visa_free_days_in_year", "85 days"]]);
  });

  it("is asked only on the visa-free branch", () => {
    expect(evaluate({ ...VISA_FREE, visaFreeDaysThisYear: undefined }, rules)).toMatchObject({
      complete: false,
      next: "visaFreeDaysThisYear",
    });
    const visa = evaluate(
      { ...VISA_FREE, euVisa: "none", visaFreeDaysThisYear: undefined, euVisaUsed: undefined },
      rules,
    );
    expect(visa.complete && visa.outcome).toBe("visa_required");
    const business = evaluate(
      {
        destination: "PK",
        nationality: "BY",
        passport: "ordinary",
        purpose: "business",
        stayDays: 20,
        businessDocument: "none",
      },
      rules,
    );
    expect(business.complete).toBe(true);
  });
});

describe("the latest day to leave", () => {
  it.each([
    ["2026-12-10", 1, "2026-12-10"], // arrival is day 1
    ["2026-12-10", 10, "2026-12-19"],
    ["2026-12-10", 30, "2027-01-08"], // across the new year
    ["2028-02-15", 15, "2028-02-29"], // a leap year
    ["2027-02-15", 15, "2027-03-01"],
  ] as const)("arriving %s for %i days: leave by %s", (arrival, days, last) => {
    expect(lastDayOfStay(arrival, days)).toBe(last);
  });

  it("the visa-free result states it, and that the stay cannot be extended", () => {
    const result = view(VISA_FREE);
    expect(result.leaveBy).toBe("2026-12-19");
    expect(result.summary).toMatch(/cannot be extended/);
    expect(result.summary).toMatch(/90 days in a calendar year/);
    expect(view({ ...VISA_FREE, euVisa: "none", euVisaUsed: undefined }).leaveBy).toBeNull();
  });
});

describe("facts the sources do not settle are settings", () => {
  it("the proof of a used Schengen visa: entry stamps are gone, the proof is to be confirmed", () => {
    const [proof] = view(VISA_FREE).caveats;
    expect(proof).toMatchObject({ id: "schengen_entry_proof", status: "to_be_confirmed" });
    expect(proof!.text).toMatch(/no longer stamp passports/);
    const settings = defaultSettings();
    Object.assign(settings["visaFree.schengenEntryProof"], {
      value: "an EES record or boarding passes",
      status: "confirmed",
    });
    expect(view(VISA_FREE, settings).caveats[0]).toMatchObject({
      status: "confirmed",
      text: expect.stringContaining("an EES record or boarding passes"),
    });
  });

  it("the regional airports stay in the rule, marked to be confirmed, and the Embassy can close them", () => {
    const regional = { ...VISA_FREE, entryPoint: "regional-airport" } as const;
    expect(view(regional).outcome).toBe("visa_free_airport_30_days");
    expect(view(regional).caveats.map((c) => [c.id, c.status])).toContainEqual([
      "regional_airports",
      "to_be_confirmed",
    ]);
    expect(view(VISA_FREE).caveats.map((c) => c.id)).not.toContain("regional_airports");
    const closed = defaultSettings();
    closed["visaFree.regionalAirports"].value = "not_allowed";
    expect(view(regional, closed).outcome).toBe("visa_required");
    expect(view(VISA_FREE, closed).outcome).toBe("visa_free_airport_30_days");
  });

  it("cites the MFA's 2021 explanation for the airports, and lists the interview as background", () => {
    const result = view(VISA_FREE);
    expect(result.sources.map((s) => s.title)).toContainEqual(
      expect.stringMatching(/explanation of the visa-free rules from 17 October 2021/),
    );
    expect(result.background.map((s) => s.title)).toEqual(["Ambassador A. Metelitsa, interview with BelTA"]);
    expect(result.sources.map((s) => s.title)).not.toContain("Ambassador A. Metelitsa, interview with BelTA");
  });

  it("processing times are settings, marked to be confirmed until the Embassy confirms them", () => {
    const visa = { ...VISA_FREE, viaRussia: "yes" } as const;
    expect(view(visa).time).toMatch(/up to 5 working days.*to be confirmed/);
    const settings = defaultSettings();
    Object.assign(settings["visa.processingWorkingDays.standard"], { value: 4, status: "confirmed" });
    Object.assign(settings["visa.processingWorkingDays.urgent"], { value: 1, status: "confirmed" });
    expect(view(visa, settings).time).toBe("Standard visa: up to 4 working days; urgent: up to 1 working days.");
  });

  it("'Rules as of' is the day staff last checked the rules, and absent until they have", () => {
    expect(view(VISA_FREE).rulesAsOf).toBeNull();
    const settings = defaultSettings();
    settings["rules.checkedOn"].value = "2026-11-30";
    expect(view(VISA_FREE, settings).rulesAsOf).toBe("2026-11-30");
  });

  it("the official-passport waiver is in force from December 2023, without a day no source gives", () => {
    const result = view({ destination: "BY", nationality: "PK", passport: "diplomatic", travelDate: "2024-01-10" });
    expect(result.conditions.find((c) => c.id === "in_force")!.text).toBe("The trip starts on or after December 2023");
  });
});

describe("fees in EUR with an indicative PKR amount", () => {
  const visa = { ...VISA_FREE, viaRussia: "yes" } as const;

  it("shows no rupee amount until the Embassy sets a rate and its day", () => {
    const result = view(visa);
    expect(result.fees[0]).toEqual({ label: "Visa, standard", amount: "€60", pkr: null });
    expect(result.feeNote).toBeNull();
  });

  it("converts at the Embassy's rate, says it is indicative and that payment is in euros at HBL", () => {
    const settings = defaultSettings();
    settings["fee.pkrPerEur"].value = 300.5;
    settings["fee.pkrPerEurDate"].value = "2026-11-30";
    const result = view(visa, settings);
    expect(result.fees.slice(0, 2).map((f) => [f.amount, f.pkr])).toEqual([
      ["€60", "about PKR 18,030"],
      ["€120", "about PKR 36,060"],
    ]);
    expect(result.feeNote).toBe(
      "Rupee amounts are indicative, at €1 = PKR 300.5 on November 30, 2026. You pay in euros, at Habib Bank Limited, as the steps above explain.",
    );
  });

  it("where to go names the Embassy's MFA page while no address is set", () => {
    expect(view(visa).where).toMatch(/pakistan\.mfa\.gov\.by/);
    const settings = defaultSettings();
    settings["embassy.address"].value = "DEMO address";
    expect(view(visa, settings).where).toMatch(/DEMO address/);
    expect(view(visa).nextLink?.href).toBe("https://pakistan.mfa.gov.by");
  });
});

describe("Belarusians going to Pakistan", () => {
  const tourist: Answers = { destination: "PK", nationality: "BY", passport: "ordinary", purpose: "tourism" };

  it("are told of the Visa Prior to Arrival, gated on the same setting as the free visas", () => {
    expect(view(tourist).alternatives.map((a) => a.id)).toContain("visa_prior_to_arrival_unconfirmed");
    const yes = defaultSettings();
    yes["pakistan.onlineVisaFreeForBelarus"].value = "yes";
    expect(view(tourist, yes).alternatives.map((a) => a.id)).toContain("visa_prior_to_arrival");
    const no = defaultSettings();
    no["pakistan.onlineVisaFreeForBelarus"].value = "no";
    expect(view(tourist, no).alternatives.filter((a) => a.id.startsWith("visa_prior"))).toEqual([]);
  });

  it("'free of charge' and the VPA only for business and tourist trips; the Pak ID app only for the VPA", () => {
    const family = view({ ...tourist, purpose: "family" });
    expect(family.fees.map((f) => f.label).join(" ")).not.toMatch(/free of charge since/i);
    expect(family.fees[0]!.label).toMatch(/business and tourist visas only/);
    expect(family.alternatives.map((a) => a.id)).not.toContain("visa_prior_to_arrival_unconfirmed");
    expect(family.nextSteps.join(" ")).not.toMatch(/Pak ID/);
  });

  it("no longer depend on a travel date no source gives", () => {
    expect(evaluate(tourist, rules)).toMatchObject({ complete: true, outcome: "online_visa" });
  });
});

describe("study", () => {
  it("a short course stays visa-free, with a word that enrolling at a university needs a study visa", () => {
    expect(view({ ...VISA_FREE, purpose: "study" }).alternatives.map((a) => a.id)).toContain("study_enrolment");
    expect(evaluate({ ...VISA_FREE, purpose: "study", stayDays: 31 }, rules)).toMatchObject({
      complete: true,
      outcome: "visa_required",
    });
  });
});

describe("the legalization setting decides the words of every step", () => {
  it.each([
    [
      "consular_legalization_required",
      "with legalization (whether an apostille is accepted instead is being confirmed) and a translation",
    ],
    ["apostille_applies", "with an apostille and a translation"],
    ["unknown", "with legalization or an apostille (the Embassy is confirming which) and a translation"],
  ] as const)("%s", (route, words) => {
    const settings = defaultSettings();
    settings["legalization.route"].value = route;
    expect(view({ destination: "BY", nationality: "BY", validPassport: "no" }, settings).nextSteps[2]).toContain(words);
  });
});
