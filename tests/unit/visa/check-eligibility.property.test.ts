// Any combination of parameters gives exactly one outcome or a 400-style list of named
// errors: never a throw, whatever a travel agent's system sends.
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "../../../app/i18n/messages/en.json";
import { defaultSettings } from "../../../app/lib/settings/definitions";
import { ANSWER_FIELDS, ANSWER_SCHEMAS } from "../../../app/lib/visa/answers";
import { checkEligibility } from "../../../app/lib/visa/check-eligibility";
import { EligibilityResponseSchema, toEligibilityResponse } from "../../../app/lib/visa/eligibility-response";
import { createPresenter, type Translate } from "../../../app/lib/visa/present";
import { buildRules, OUTCOMES } from "../../../app/lib/visa/rules";

const settings = defaultSettings();
const rules = buildRules({ officialPassportMaxStay: "unknown", regionalAirports: "allowed" });
const t = createTranslator({ locale: "en", messages, namespace: "Visa" }) as unknown as Translate;
const present = createPresenter(t, "en", settings).present;

const VALID: Record<string, string[]> = {
  nationality: ["PK", "BY", "pk", "DE", "IN"],
  travelDate: ["2021-10-16", "2021-10-17", "2023-11-30", "2023-12-01", "2026-12-10"],
  stayDays: ["1", "10", "30", "31", "90", "91", "365"],
  visaFreeDaysThisYear: ["0", "59", "60", "61", "85", "365"],
};
const valuesOf = (field: string): string[] =>
  VALID[field] ?? ((ANSWER_SCHEMAS as Record<string, { options?: readonly string[] }>)[field]!.options as string[]);

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "1e9",
    "1e1",
    "0x0A",
    " 10",
    "10.5",
    "NaN",
    "2026-02-30",
    "ZZ",
    "\u202Eyes",
    "=cmd|' /C calc'!A0",
    "<script>",
    "ПК",
    "۱۰",
  ),
);
const paramValue = (field: string) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valuesOf(field)) }, { weight: 1, arbitrary: hostile });
const params = fc.record(Object.fromEntries(ANSWER_FIELDS.map((f) => [f, paramValue(f)])), { requiredKeys: [] });

describe("checkEligibility", () => {
  it("answers every combination with one outcome or named errors, never a throw", () => {
    fc.assert(
      fc.property(params, (record) => {
        const query = new URLSearchParams(record as Record<string, string>);
        const check = checkEligibility(query, rules, "2026-11-27");
        if (check.ok) {
          expect(OUTCOMES).toContain(check.evaluation.outcome);
          const body = toEligibilityResponse(present(check.evaluation, check.answers), check.answers, "en");
          expect(EligibilityResponseSchema.safeParse(body).success).toBe(true);
        } else {
          expect(check.errors.length).toBeGreaterThan(0);
          for (const error of check.errors) {
            expect(ANSWER_FIELDS).toContain(error.param);
            expect(["invalid_value", "required"]).toContain(error.code);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("names every invalid parameter, not just the first", () => {
    const check = checkEligibility(
      new URLSearchParams("destination=XX&stayDays=-3&insurance=maybe"),
      rules,
      "2026-11-27",
    );
    expect(check.ok ? [] : check.errors.map((e) => e.param)).toEqual(["destination", "stayDays", "insurance"]);
  });

  it("names the answers the branch still needs", () => {
    const check = checkEligibility(
      new URLSearchParams("destination=BY&nationality=PK&passport=ordinary"),
      rules,
      "2026-11-27",
    );
    expect(check.ok ? [] : check.errors.map((e) => [e.param, e.code])).toEqual(
      ["purpose", "euVisa", "euVisaUsed", "stayDays", "entryPoint", "viaRussia", "returnTicket", "insurance"].map(
        (p) => [p, "required"],
      ),
    );
  });

  it("refuses 1e1, 0x0A, ' 10' and 10.5 days rather than reading them as 10", () => {
    for (const sent of ["1e1", "0x0A", " 10", "10.5"]) {
      const check = checkEligibility(
        new URLSearchParams({
          destination: "PK",
          nationality: "BY",
          passport: "ordinary",
          purpose: "business",
          stayDays: sent,
        }),
        rules,
        "2026-11-27",
      );
      expect(check.ok ? [] : check.errors).toEqual([
        { param: "stayDays", code: "invalid_value", message: "must be a whole number written in digits" },
      ]);
    }
  });

  it("takes no earlier visa-free days this year when none are given, and counts them when they are", () => {
    const base =
      "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&stayDays=10&euVisa=multiple&euVisaUsed=yes&entryPoint=minsk-airport&viaRussia=no&insurance=yes&returnTicket=yes";
    const none = checkEligibility(new URLSearchParams(base), rules, "2026-11-27");
    expect(none.ok && [none.evaluation.outcome, none.answers.visaFreeDaysThisYear]).toEqual([
      "visa_free_airport_30_days",
      0,
    ]);
    const many = checkEligibility(new URLSearchParams(`${base}&visaFreeDaysThisYear=85`), rules, "2026-11-27");
    expect(many.ok && many.evaluation.outcome).toBe("visa_required");
  });

  it("does not echo defaults a route never needed", () => {
    const check = checkEligibility(
      new URLSearchParams("destination=BY&nationality=BY&validPassport=yes"),
      rules,
      "2026-11-27",
    );
    expect(check.ok && check.answers).toEqual({ destination: "BY", nationality: "BY", validPassport: "yes" });
  });

  it("uses today as the travel date when none is given", () => {
    const query =
      "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&stayDays=10&euVisa=multiple&euVisaUsed=yes&entryPoint=minsk-airport&viaRussia=no&insurance=yes&returnTicket=yes";
    const check = checkEligibility(new URLSearchParams(query), rules, "2026-11-27");
    expect(check.ok && check.answers.travelDate).toBe("2026-11-27");
    expect(check.ok && check.evaluation.outcome).toBe("visa_free_airport_30_days");
  });
});
