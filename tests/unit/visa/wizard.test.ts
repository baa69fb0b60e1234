// The checker's pages: how many question pages each outcome takes (every path through the
// questions, explored exhaustively), and what a page shows when it is answered or not.
import { describe, expect, it } from "vitest";
import type { AnswerField, Answers } from "../../../app/lib/visa/answers";
import { evaluate } from "../../../app/lib/visa/evaluate";
import { defaultRuleParameters } from "../../../app/lib/rules/parameters";
import { buildRules, rulesFor, type Outcome, type Rule } from "../../../app/lib/visa/rules";
import { pageOf, QUESTION_PAGES, resolveQuestionPage } from "../../../app/lib/visa/wizard";

const rules = buildRules({ officialPassportMaxStay: "unknown", regionalAirports: "allowed" });

/** The values tried for each question: every choice, and the numbers and dates where the rules turn. */
const VALUES: Record<AnswerField, readonly (string | number)[]> = {
  destination: ["BY", "PK"],
  nationality: ["PK", "BY", "DE"],
  validPassport: ["yes", "no"],
  passport: ["ordinary", "diplomatic", "service"],
  purpose: ["tourism", "business", "family", "study", "work", "transit", "medical", "emergency", "other"],
  euVisa: ["none", "single", "multiple"],
  euVisaUsed: ["yes", "no"],
  travelDate: ["2021-10-16", "2023-11-30", "2026-12-10"],
  stayDays: [10, 30, 31, 91],
  visaFreeDaysThisYear: [0, 85],
  entryPoint: ["minsk-airport", "regional-airport", "land", "other"],
  viaRussia: ["yes", "no"],
  returnTicket: ["yes", "no"],
  insurance: ["yes", "no"],
  businessDocument: ["chamber-letter", "recommended-invitation", "trade-attache-letter", "none"],
  sponsorClearance: ["yes", "no"],
};

function* combinations(fields: AnswerField[]): Generator<Answers> {
  if (fields.length === 0) return yield {};
  const [first, ...rest] = fields;
  for (const value of VALUES[first!]) for (const tail of combinations(rest)) yield { [first!]: value, ...tail };
}

/** For each outcome, the fewest and the most question pages any traveller answers to reach it. */
function pagesPerOutcome(rules: readonly Rule[]): Record<string, { min: number; max: number }> {
  const counts: Record<string, { min: number; max: number }> = {};
  const walk = (answers: Answers, pages: number) => {
    const evaluation = evaluate(answers, rules);
    if (evaluation.complete) {
      const c = (counts[evaluation.outcome] ??= { min: Infinity, max: 0 });
      c.min = Math.min(c.min, pages);
      c.max = Math.max(c.max, pages);
      return;
    }
    const page = QUESTION_PAGES[pageOf(evaluation.next)].filter((f) => evaluation.missing.includes(f));
    for (const values of combinations(page)) walk({ ...answers, ...values }, pages + 1);
  };
  walk({}, 0);
  return counts;
}

describe("question pages per outcome", () => {
  const counts = pagesPerOutcome(rules);

  it("a visa-free traveller reaches the result in at most 8 pages", () => {
    expect(counts.visa_free_airport_30_days!.max).toBeLessThanOrEqual(8);
  });

  it("every other outcome can be reached in at most 5 pages", () => {
    for (const [outcome, { min }] of Object.entries(counts))
      if (outcome !== "visa_free_airport_30_days") expect(min, outcome).toBeLessThanOrEqual(5);
  });

  // The figures in the README ("Question pages per outcome"): change both together.
  it("matches the figures the README reports", () => {
    expect(counts).toEqual({
      citizen: { min: 1, max: 2 },
      certificate_of_return: { min: 2, max: 2 },
      visa_free_official_passport: { min: 3, max: 3 },
      visa_free_airport_30_days: { min: 7, max: 7 },
      visa_required: { min: 3, max: 7 },
      business_visa_multiple_entry_5_years: { min: 5, max: 5 },
      business_visa_on_arrival: { min: 5, max: 5 },
      online_visa: { min: 3, max: 5 },
      not_covered: { min: 1, max: 1 },
      // The e-visa is reached only once Pakistan is on its list (below).
    } satisfies Record<Exclude<Outcome, "e_visa">, { min: number; max: number }>);
  });

  it("with Pakistan on the e-visa list, the e-visa takes 5 to 7 pages (the visa-free questions come first), and a visa from the Embassy no more than before", () => {
    const parameters = defaultRuleParameters();
    parameters.rules.by_e_visa.states = ["PK"];
    const withEVisa = pagesPerOutcome(rulesFor(parameters));
    expect(withEVisa.e_visa).toEqual({ min: 5, max: 7 });
    expect(withEVisa.visa_required!.max).toBeLessThanOrEqual(counts.visa_required!.max);
  });
});

describe("a question page", () => {
  const params = (query: string) => new URLSearchParams(query);

  it("asks the trip's date, length and earlier visa-free days together on the visa-free branch", () => {
    const page = resolveQuestionPage(
      "en",
      "trip",
      params("destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes"),
      rules,
    );
    expect(page).toMatchObject({
      kind: "show",
      fields: ["travelDate", "stayDays", "visaFreeDaysThisYear"],
      errors: [],
    });
  });

  it("asks only the date for a diplomatic passport, and never the visa-free days", () => {
    const page = resolveQuestionPage("en", "trip", params("destination=BY&nationality=PK&passport=diplomatic"), rules);
    expect(page).toMatchObject({ kind: "show", fields: ["travelDate"] });
  });

  it("names each question left empty or invalid when the page is sent", () => {
    const page = resolveQuestionPage(
      "en",
      "trip",
      params(
        "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes&travelDate=2026-12-10&stayDays=1e1&answered=trip",
      ),
      rules,
    );
    expect(page.kind === "show" && page.errors.map((e) => [e.param, e.code])).toEqual([
      ["stayDays", "invalid_value"],
      ["visaFreeDaysThisYear", "required"],
    ]);
  });

  it("moves on once every question of the page has a valid answer (spaces and Urdu digits as typed)", () => {
    const page = resolveQuestionPage(
      "en",
      "trip",
      params(
        "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes&travelDate=2026-12-10&stayDays=%20۱۰&visaFreeDaysThisYear=0&answered=trip",
      ),
      rules,
    );
    expect(page).toEqual({
      kind: "redirect",
      to: expect.stringMatching(/^\/en\/check\/journey\?.*stayDays=10&visaFreeDaysThisYear=0/),
    });
  });

  it("sends a page the answers do not lead to on to the one they do", () => {
    expect(
      resolveQuestionPage(
        "en",
        "journey",
        params("destination=BY&nationality=PK&passport=ordinary&purpose=work"),
        rules,
      ),
    ).toEqual({
      kind: "redirect",
      to: "/en/check/result?destination=BY&nationality=PK&passport=ordinary&purpose=work",
    });
  });
});
