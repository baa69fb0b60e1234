/**
 * The entry rules between Belarus and Pakistan, as data. For each destination the rules
 * are an ordered list: the first rule whose conditions all hold is the answer, so more
 * specific routes come first and each list ends with a fallback. Every rule cites its
 * sources from the fact base (shared/domain/facts.md, section A.1) and the dates it is in
 * force. Values the fact base marks uncertain come in through RuleSettings.
 * Pure: no framework or database imports.
 */
import { addDays } from "../embassy-time";
import type { AnswerField, Answers } from "./answers";

export const OUTCOMES = [
  "citizen",
  "certificate_of_return",
  "visa_free_official_passport",
  "visa_free_airport_30_days",
  "visa_required",
  "business_visa_multiple_entry_5_years",
  "business_visa_on_arrival",
  "online_visa",
  "not_covered",
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Destination = "BY" | "PK";

/** Every rule's id: staff mark each rule confirmed or to be confirmed (settings "rule.<id>"). */
export const RULE_IDS = [
  "by_not_covered",
  "by_citizen",
  "by_certificate_of_return",
  "by_official_passport",
  "by_visa_free_airport",
  "by_visa_required",
  "pk_not_covered",
  "pk_citizen",
  "pk_official_passport",
  "pk_business_on_arrival",
  "pk_business_5_years",
  "pk_online_visa",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * One source of a rule or a service. `title` is in English; `titles` holds an act's official title
 * in Russian or Belarusian, shown on that language's pages, and only where the fact base gives it
 * (never a translation of ours). `background`: press or the interview, listed apart from the legal basis.
 */
export type Source = { title: string; titles?: { ru?: string; be?: string }; url?: string; date: string; background?: boolean };

export type Condition = {
  /** Message key under Visa.conditions: a statement of what must be true. */
  id: string;
  /** The answer the condition reads; it is only tested once that answer is given. */
  field: AnswerField;
  holds: (answers: Answers) => boolean;
};

export type Rule = {
  id: RuleId;
  destination: Destination;
  outcome: Outcome;
  conditions: Condition[];
  /** First and last day the rule applies to (ISO dates); a trip outside them does not qualify. */
  validFrom?: string;
  /** The sources give only the month validFrom falls in (facts A.2.7): show "December 2023", never a day. */
  validFromMonthOnly?: boolean;
  validTo?: string;
  /** A catch-all for its destination: never offered as an alternative. */
  fallback?: boolean;
  /** Answers the result needs for its advice, although no condition reads them. */
  asks?: AnswerField[];
  sources: Source[];
};

/**
 * What the rules need from the Embassy's settings: the stay limit for official passports is
 * unverified (facts A.1.b #3), and whether the regional airports are open to the visa-free
 * route is disputed (C.2): both stay in the rule, decided by the Embassy.
 */
export type RuleSettings = {
  officialPassportMaxStay: "30_per_entry_90_per_year" | "90_in_180" | "unknown";
  regionalAirports: "allowed" | "not_allowed";
};

/** All visa-free stays in one calendar year together (facts A.1.a #8, #12). */
export const VISA_FREE_DAYS_PER_YEAR = 90;

/** The last day of a stay: the arrival day is day 1 and the departure day counts (facts A.1.a #8). */
export function lastDayOfStay(arrival: string, stayDays: number): string {
  return addDays(arrival, stayDays - 1);
}

const OFFICIAL = new Set(["diplomatic", "service"]);

const is = (id: string, field: AnswerField, value: string): Condition => ({
  id,
  field,
  holds: (a) => a[field] === value,
});
const stayAtMost = (days: number): Condition => ({
  id: `stay_at_most_${days}_days`,
  field: "stayDays",
  holds: (a) => (a.stayDays ?? Infinity) <= days,
});

const C = {
  nationalityPk: is("nationality_pk", "nationality", "PK"),
  nationalityBy: is("nationality_by", "nationality", "BY"),
  nationalityOther: {
    id: "nationality_other",
    field: "nationality",
    holds: (a) => a.nationality !== "PK" && a.nationality !== "BY",
  },
  validPassport: is("valid_passport", "validPassport", "yes"),
  noValidPassport: is("no_valid_passport", "validPassport", "no"),
  ordinaryPassport: is("ordinary_passport", "passport", "ordinary"),
  officialPassport: { id: "official_passport", field: "passport", holds: (a) => OFFICIAL.has(a.passport ?? "") },
  euVisaMultiple: is("eu_visa_multiple", "euVisa", "multiple"),
  euVisaUsed: is("eu_visa_used", "euVisaUsed", "yes"),
  // Visa-free entry under the decree is for short visits; working needs a work permit and a visa (facts A.1.a #11).
  notForWork: { id: "purpose_not_work", field: "purpose", holds: (a) => a.purpose !== "work" },
  // Arrival day is day 1 (facts A.1.a #8); with the days already spent visa-free this calendar year, at most 90.
  withinYearlyCap: {
    id: "visa_free_days_in_year",
    field: "visaFreeDaysThisYear",
    // The stay itself is its own condition (asked on the same page): until it is answered, only the earlier days count.
    holds: (a) => (a.visaFreeDaysThisYear ?? 0) + (a.stayDays ?? 0) <= VISA_FREE_DAYS_PER_YEAR,
  },
  notViaRussia: is("not_via_russia", "viaRussia", "no"),
  insurance: is("insurance", "insurance", "yes"),
  departureTicket: is("departure_ticket", "returnTicket", "yes"),
  purposeBusiness: is("purpose_business", "purpose", "business"),
  businessDocument: {
    id: "business_document",
    field: "businessDocument",
    holds: (a) => a.businessDocument !== undefined && a.businessDocument !== "none",
  },
  sponsorClearance: is("sponsor_clearance", "sponsorClearance", "yes"),
} satisfies Record<string, Condition>;

// Sources, as the fact base gives them.
const S = {
  interview: { title: "Ambassador A. Metelitsa, interview with BelTA", url: "https://eng.belta.by", date: "2025", background: true },
  decree2017: {
    title: "Presidential Decree \"On establishment of visa-free entry and exit of foreign citizens\" (9 Jan 2017, commonly cited as No. 8)",
    // The Russian title as the fact base gives it (A.1.a #2); it gives no Belarusian one.
    titles: { ru: "Указ Президента Республики Беларусь от 9 января 2017 г. № 8 «Об установлении безвизового порядка въезда и выезда иностранных граждан»" },
    date: "2017-01-09",
  },
  decree2021: { title: "Presidential Decree of 14 Sep 2021 adding Pakistan to the visa-free list (in force 17 Oct 2021)", date: "2021-10-17" },
  // The MFA's explanation of the 17 Oct 2021 changes: the source for the regional airports (facts A.1.a #4, C.2).
  mfaExplanation2021: { title: "MFA of Belarus, explanation of the visa-free rules from 17 October 2021 (aif.by)", url: "https://aif.by", date: "2021-10" },
  gpk: { title: "State Border Committee of Belarus: visa-free entry", url: "https://gpk.gov.by/by/perasyachenne-granitsy/bezviz/", date: "current" },
  mfaAirport: { title: "MFA of Belarus: visa-free entry through the airport", url: "https://bulgaria.mfa.gov.by/bg/consular_issues/airport", date: "current" },
  agreement2023: {
    title: "Agreement between Belarus and Pakistan on visa waiver for holders of diplomatic and service passports (signed 30 May 2023, in force Dec 2023)",
    url: "https://www.dawn.com/news/1756971",
    date: "2023-12",
  },
  embassyFees: { title: "Embassy of Belarus in Pakistan: consular fees", url: "https://pakistan.mfa.gov.by/en/consular_issues/_Emb_Section/cost", date: "current" },
  visaDocuments: { title: "MFA of Belarus: visa types and documents", url: "https://iran.mfa.gov.by/en/consular_service/docs/", date: "current" },
  decree294: {
    title: "Presidential Decree No. 294 of 3 Jun 2008 \"On documenting the population of the Republic of Belarus\"",
    url: "https://iran.mfa.gov.by/en/consular_issues/certificate_return",
    date: "2008-06-03",
  },
  mfaCitizens: { title: "MFA of Belarus: returning to Belarus", url: "https://germany.mfa.gov.by/be/consular_issues/reentry", date: "current" },
  moiBvl: { title: "Ministry of Interior of Pakistan: visa policy for Business Visa List countries", url: "https://interior.gov.pk/index.php/about-moi/policies-moi/172", date: "current" },
  // A newspaper report of the committee's recommendation, not the date Belarus joined the list (facts A.1.c #4, A.2.7).
  bvlBelarus: { title: "Business Recorder: committee recommends adding Belarus to Pakistan's Business Visa List", url: "https://www.brecorder.com/news/40204136", date: "2022-10-20", background: true },
  // The 30 Mar 2018 date belongs to the Tourism News Live report, not to the Business Recorder article (facts A.1.c #3).
  bvoa: { title: "Tourism News Live: business visa on arrival for Business Visa List countries", url: "https://www.tourismnewslive.com", date: "2018-03-30", background: true },
  nadra: { title: "Pakistan Online Visa System (NADRA)", url: "https://visa.nadra.gov.pk", date: "current" },
} satisfies Record<string, Source>;

function officialStayCondition(settings: RuleSettings): Condition[] {
  if (settings.officialPassportMaxStay === "30_per_entry_90_per_year") return [stayAtMost(30)];
  if (settings.officialPassportMaxStay === "90_in_180") return [stayAtMost(90)];
  return []; // unknown: the result says the limit is to be confirmed instead of guessing one
}

function arrivalByAir(settings: RuleSettings): Condition {
  const airports = new Set(settings.regionalAirports === "allowed" ? ["minsk-airport", "regional-airport"] : ["minsk-airport"]);
  return { id: "arrival_by_air", field: "entryPoint", holds: (a) => airports.has(a.entryPoint ?? "") };
}

export function buildRules(settings: RuleSettings): Rule[] {
  return [
    // Entering Belarus
    { id: "by_not_covered", destination: "BY", outcome: "not_covered", fallback: true, conditions: [C.nationalityOther], sources: [] },
    { id: "by_citizen", destination: "BY", outcome: "citizen", conditions: [C.nationalityBy, C.validPassport], sources: [S.mfaCitizens] },
    {
      id: "by_certificate_of_return",
      destination: "BY",
      outcome: "certificate_of_return",
      conditions: [C.nationalityBy, C.noValidPassport],
      sources: [S.decree294, S.mfaCitizens],
    },
    {
      id: "by_official_passport",
      destination: "BY",
      outcome: "visa_free_official_passport",
      conditions: [C.nationalityPk, C.officialPassport, ...officialStayCondition(settings)],
      validFrom: "2023-12-01",
      validFromMonthOnly: true,
      sources: [S.agreement2023, S.interview],
    },
    {
      id: "by_visa_free_airport",
      destination: "BY",
      outcome: "visa_free_airport_30_days",
      conditions: [
        C.nationalityPk,
        C.ordinaryPassport,
        C.notForWork,
        C.euVisaMultiple,
        C.euVisaUsed,
        stayAtMost(30),
        C.withinYearlyCap,
        arrivalByAir(settings),
        C.notViaRussia,
        C.departureTicket,
        C.insurance,
      ],
      validFrom: "2021-10-17",
      sources: [S.decree2017, S.decree2021, S.mfaExplanation2021, S.gpk, S.mfaAirport, S.interview],
    },
    {
      id: "by_visa_required",
      destination: "BY",
      outcome: "visa_required",
      fallback: true,
      conditions: [C.nationalityPk],
      asks: ["purpose"],
      sources: [S.embassyFees, S.visaDocuments],
    },
    // Entering Pakistan
    { id: "pk_not_covered", destination: "PK", outcome: "not_covered", fallback: true, conditions: [C.nationalityOther], sources: [] },
    { id: "pk_citizen", destination: "PK", outcome: "citizen", conditions: [C.nationalityPk], sources: [] },
    {
      id: "pk_official_passport",
      destination: "PK",
      outcome: "visa_free_official_passport",
      conditions: [C.nationalityBy, C.officialPassport, ...officialStayCondition(settings)],
      validFrom: "2023-12-01",
      validFromMonthOnly: true,
      sources: [S.agreement2023, S.interview],
    },
    // A sponsor who already has clearance makes the visa on arrival the simplest route (facts A.1.c #3);
    // otherwise the 5-year visa from a Pakistani mission (A.1.c #2).
    {
      id: "pk_business_on_arrival",
      destination: "PK",
      outcome: "business_visa_on_arrival",
      conditions: [C.nationalityBy, C.ordinaryPassport, C.purposeBusiness, C.businessDocument, C.sponsorClearance, stayAtMost(30)],
      sources: [S.interview, S.moiBvl, S.bvoa],
    },
    {
      id: "pk_business_5_years",
      destination: "PK",
      outcome: "business_visa_multiple_entry_5_years",
      conditions: [C.nationalityBy, C.ordinaryPassport, C.purposeBusiness, C.businessDocument, stayAtMost(90)],
      sources: [S.interview, S.moiBvl, S.bvlBelarus],
    },
    // Every Belarusian on an ordinary passport can apply online: the destination's last rule.
    {
      id: "pk_online_visa",
      destination: "PK",
      outcome: "online_visa",
      conditions: [C.nationalityBy],
      asks: ["purpose"],
      sources: [S.nadra],
    },
  ];
}

type Advice = {
  id: string;
  outcome: Outcome;
  when: (a: Answers) => boolean;
  /** Replaces the rule's list of next steps (messages Visa.steps) when the advice applies. */
  steps?: string;
};

/**
 * Advice that does not change the outcome but matters to the traveller, shown among the
 * alternatives (facts A.1.d #7: emergency visa; A.2.4: relatives of Belarusians; A.1.a #11:
 * work needs a work permit and a visa, and agents sell "jobs in Belarus"; a university
 * course needs a study visa, to be confirmed).
 */
export const ADVICE = [
  { id: "work_permit", outcome: "visa_required", when: (a) => a.destination === "BY" && a.purpose === "work", steps: "visa_required_work" },
  { id: "job_agents", outcome: "visa_required", when: (a) => a.destination === "BY" && a.purpose === "work" },
  { id: "emergency_visa", outcome: "visa_required", when: (a) => a.destination === "BY" && a.purpose === "emergency" },
  { id: "kinship_route", outcome: "visa_required", when: (a) => a.destination === "BY" && a.purpose === "family" },
  { id: "study_enrolment", outcome: "visa_free_airport_30_days", when: (a) => a.purpose === "study" },
  // Shown while the Embassy's setting does not rule Belarus out (facts A.1.c #6–7: VPA, free, for these two purposes only).
  { id: "visa_prior_to_arrival", outcome: "online_visa", when: (a) => a.purpose === "tourism" || a.purpose === "business" },
] as const satisfies readonly Advice[];
