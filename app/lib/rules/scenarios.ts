/**
 * The Embassy's reference scenarios: example travellers with the outcome the rules must
 * give them. The rule tests read this table (tests/unit/visa/evaluate.test.ts), and a
 * proposed change to the rules is shown with the scenarios whose answer it changes
 * (impact.ts); staff add their own beside these (app/lib/changes/reference-scenarios.ts). Pure data.
 */
import type { Answers } from "../visa/answers";
import type { Outcome } from "../visa/rules";

export type Scenario = {
  /** Stable, for staff's own scenarios to sit beside these and for links. */
  id: string;
  /** What the traveller is, in a few words (the rule tests' names). */
  description: string;
  answers: Answers;
  expected: Outcome;
};

/** A Pakistani tourist who meets every condition of the visa-free airport route (facts A.1.a). */
const VISA_FREE: Answers = {
  destination: "BY",
  nationality: "PK",
  passport: "ordinary",
  purpose: "tourism",
  euVisa: "multiple",
  euVisaUsed: "yes",
  travelDate: "2026-12-10",
  stayDays: 10,
  visaFreeDaysThisYear: 0,
  entryPoint: "minsk-airport",
  viaRussia: "no",
  returnTicket: "yes",
  insurance: "yes",
};

/** A Belarusian on a 20-day business trip to Pakistan with a chamber of commerce letter (facts A.1.c). */
const BUSINESS: Answers = {
  destination: "PK",
  nationality: "BY",
  passport: "ordinary",
  purpose: "business",
  travelDate: "2026-12-10",
  stayDays: 20,
  businessDocument: "chamber-letter",
  sponsorClearance: "no",
};

/** The travellers the scenarios and the rule tests start from. */
export const TRAVELLERS = {
  visaFree: VISA_FREE,
  /** The visa-free traveller, arriving at a regional airport. */
  visaFreeRegional: { ...VISA_FREE, entryPoint: "regional-airport" },
  business: BUSINESS,
} as const satisfies Record<string, Answers>;

export const REFERENCE_SCENARIOS: readonly Scenario[] = [
  // Entering Belarus
  {
    id: "by-citizen",
    description: "Belarusian with a valid passport",
    answers: { destination: "BY", nationality: "BY", validPassport: "yes" },
    expected: "citizen",
  },
  {
    id: "by-citizen-no-passport",
    description: "Belarusian without a valid passport",
    answers: { destination: "BY", nationality: "BY", validPassport: "no" },
    expected: "certificate_of_return",
  },
  {
    id: "by-visa-free",
    description: "Pakistani meeting every condition",
    answers: TRAVELLERS.visaFreeRegional,
    expected: "visa_free_airport_30_days",
  },
  {
    id: "by-diplomatic",
    description: "diplomatic passport after Dec 2023",
    answers: { destination: "BY", nationality: "PK", passport: "diplomatic", travelDate: "2024-01-10" },
    expected: "visa_free_official_passport",
  },
  {
    id: "by-service",
    description: "service passport after Dec 2023",
    answers: { destination: "BY", nationality: "PK", passport: "service", travelDate: "2026-01-10" },
    expected: "visa_free_official_passport",
  },
  {
    id: "by-via-russia",
    description: "Pakistani tourist arriving through Russia",
    answers: { ...TRAVELLERS.visaFreeRegional, viaRussia: "yes" },
    expected: "visa_required",
  },
  {
    // No Schengen visa, so not visa-free: a visa from the Embassy until Pakistan is on the e-visa list (facts A.1.d #3–4).
    id: "by-e-visa",
    description: "Pakistani tourist who would qualify for the e-visa",
    answers: {
      destination: "BY",
      nationality: "PK",
      passport: "ordinary",
      purpose: "tourism",
      euVisa: "none",
      travelDate: "2026-12-10",
      stayDays: 10,
    },
    expected: "visa_required",
  },
  {
    id: "by-other-nationality",
    description: "another nationality",
    answers: { destination: "BY", nationality: "IN" },
    expected: "not_covered",
  },
  // Entering Pakistan
  {
    id: "pk-business",
    description: "Belarusian businessman with a chamber letter",
    answers: BUSINESS,
    expected: "business_visa_multiple_entry_5_years",
  },
  {
    id: "pk-tourist",
    description: "Belarusian tourist",
    answers: { ...BUSINESS, purpose: "tourism", businessDocument: undefined },
    expected: "online_visa",
  },
  {
    id: "pk-business-no-document",
    description: "businessman without a document",
    answers: { ...BUSINESS, businessDocument: "none" },
    expected: "online_visa",
  },
  {
    id: "pk-business-4-months",
    description: "businessman staying 4 months",
    answers: { ...BUSINESS, stayDays: 120 },
    expected: "online_visa",
  },
  {
    id: "pk-business-on-arrival",
    description: "businessman whose sponsor has clearance",
    answers: { ...BUSINESS, sponsorClearance: "yes" },
    expected: "business_visa_on_arrival",
  },
  {
    id: "pk-diplomatic",
    description: "diplomatic passport",
    answers: { destination: "PK", nationality: "BY", passport: "diplomatic", travelDate: "2025-05-01" },
    expected: "visa_free_official_passport",
  },
  {
    id: "pk-citizen",
    description: "Pakistani going home",
    answers: { destination: "PK", nationality: "PK" },
    expected: "citizen",
  },
  {
    id: "pk-other-nationality",
    description: "another nationality",
    answers: { destination: "PK", nationality: "DE" },
    expected: "not_covered",
  },
];
