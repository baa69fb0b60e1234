/**
 * The entry rules between Belarus and Pakistan, one record per rule: its conditions (as
 * data, app/lib/rules/conditions.ts), outcome, validity, next steps, fees, the advice it
 * adds, whether the visa pages show it, its sources and its verification. For each
 * destination the rules are an ordered list: the first rule whose conditions all hold is
 * the answer, so more specific routes come first and each list ends with a fallback. Every
 * rule cites its sources from the fact base (shared/domain/facts.md, section A.1).
 * The values staff may change (dates, limits, lists, fees, verification, a notice) come in
 * as parameters (app/lib/rules/parameters.ts); the structure is this code.
 * Pure: no framework or database imports.
 */
import type { ServiceId } from "../appointments/slots";
import { addDays } from "../embassy-time";
import type { Condition } from "../rules/conditions";
import type { RuleId } from "../rules/ids";
import {
  ALWAYS_OFFERED,
  RULES_CODE_VERSION,
  ruleParametersFromSettings,
  type Notice,
  type RuleParameters,
} from "../rules/parameters";
import { defaultSettings, type VerificationStatus } from "../settings/definitions";
import type { AnswerField } from "./answers";

export { RULE_IDS, type RuleId } from "../rules/ids";
export type { Condition } from "../rules/conditions";

export const OUTCOMES = [
  "citizen",
  "certificate_of_return",
  "visa_free_official_passport",
  "visa_free_airport_30_days",
  "e_visa",
  "visa_required",
  "business_visa_multiple_entry_5_years",
  "business_visa_on_arrival",
  "online_visa",
  "not_covered",
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Destination = "BY" | "PK";

/**
 * One source of a rule or a service. `title` is in English; `titles` holds an act's official title
 * in Russian or Belarusian, shown on that language's pages, and only where the fact base gives it
 * (never a translation of ours). `background`: press or the interview, listed apart from the legal basis.
 */
export type Source = {
  title: string;
  titles?: { ru?: string; be?: string };
  url?: string;
  date: string;
  background?: boolean;
};

/**
 * A line of the rule's fees (labels are message keys under Visa.fees): an amount in euros
 * from the rule's parameters (null: not known), a note without an amount (shown only with
 * the advice it names, if any), or Pakistan's online visa, free or not by the Embassy's
 * setting and the purpose (facts A.1.c #6–7).
 */
export type FeeLine =
  | { kind: "amount"; label: string; amount: number | null }
  | { kind: "note"; label: string; withAdvice?: string }
  | { kind: "pakistan_online_visa" };

/** Advice that does not change the outcome but matters to the traveller: shown when all its conditions hold. */
export type Advice = {
  id: string;
  when: Condition[];
  /** Replaces the rule's list of next steps (messages Visa.steps) when the advice applies. */
  steps?: string;
};

/**
 * Statements about the route the sources do not settle, each with what staff confirm it by: a
 * setting, or (e_visa_list) the e-visa rule's list and verification.
 */
export type CaveatId = "schengen_entry_proof" | "regional_airports" | "e_visa_list" | "e_visa_via_russia";

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
  /** The list of next steps: a key under the messages' Visa.steps. */
  steps: string;
  fees: FeeLine[];
  advice: Advice[];
  /** How long it takes: a key under Visa.time, or "visa_processing": the visa processing days the Embassy sets. */
  time: string | null;
  /** The route ends at the consular section in Islamabad: the result says where it is. */
  atEmbassy: boolean;
  /** The appointment service the result offers to book. */
  books?: ServiceId;
  /** The route limits the stay in Belarus: the result gives the last day to leave. */
  limitsStay: boolean;
  caveats: CaveatId[];
  /** Position on the visa information pages (/visas); absent: not shown there. */
  shown?: number;
  /** A good answer for the traveller (no visa needed): the result is not shown as needing attention. */
  positive: boolean;
  sources: Source[];
  verification: { status: VerificationStatus; checkedOn: string | null };
  notice: Notice | null;
  /** The code's structure and the parameters' version the record was built from. */
  version: { rules: number; parameters: number };
};

/**
 * What the rules needed from the Embassy's settings before they were parameters: kept for
 * the tests that build the table from these two values (`buildRules`).
 */
export type RuleSettings = {
  officialPassportMaxStay: "30_per_entry_90_per_year" | "90_in_180" | "unknown";
  regionalAirports: "allowed" | "not_allowed";
};

/**
 * What a rule's texts state, read from its conditions so that what the traveller reads is what
 * the rule applies, also after staff publish a change: the longest stay, the yearly cap, and
 * whether the regional airports qualify.
 */
export function ruleFigures(rule: Pick<Rule, "conditions">): {
  maxStay?: number;
  yearCap?: number;
  airports?: "all" | "minsk";
} {
  const value = (id: string) => rule.conditions.find((c) => c.id === id)?.value;
  const number = (id: string) => {
    const v = value(id);
    return typeof v === "number" ? v : undefined;
  };
  const airports = value("arrival_by_air");
  return {
    maxStay: number("stay_at_most"),
    yearCap: number("visa_free_days_in_year"),
    ...(Array.isArray(airports) ? { airports: airports.includes("regional-airport") ? "all" : "minsk" } : {}),
  };
}

/** The last day of a stay: the arrival day is day 1 and the departure day counts (facts A.1.a #8). */
export function lastDayOfStay(arrival: string, stayDays: number): string {
  return addDays(arrival, stayDays - 1);
}

const is = (id: string, field: AnswerField, value: string): Condition => ({ id, field, operator: "eq", value });
/** A condition that says whom the route is for (see Condition.scope). */
const whom = (condition: Condition): Condition => ({ ...condition, scope: true });
// The id stays the same whatever the limit: staff change the number (app/lib/rules/parameters.ts),
// and the texts state it from the condition (ruleFigures).
const stayAtMost = (days: number): Condition => ({
  id: "stay_at_most",
  field: "stayDays",
  operator: "lte",
  value: days,
});

const C = {
  nationalityPk: whom(is("nationality_pk", "nationality", "PK")),
  nationalityBy: whom(is("nationality_by", "nationality", "BY")),
  nationalityOther: whom({ id: "nationality_other", field: "nationality", operator: "not_in", value: ["PK", "BY"] }),
  validPassport: whom(is("valid_passport", "validPassport", "yes")),
  noValidPassport: whom(is("no_valid_passport", "validPassport", "no")),
  ordinaryPassport: whom(is("ordinary_passport", "passport", "ordinary")),
  officialPassport: whom({
    id: "official_passport",
    field: "passport",
    operator: "in",
    value: ["diplomatic", "service"],
  }),
  euVisaMultiple: is("eu_visa_multiple", "euVisa", "multiple"),
  euVisaUsed: is("eu_visa_used", "euVisaUsed", "yes"),
  // Visa-free entry under the decree is for short visits; working needs a work permit and a visa (facts A.1.a #11).
  notForWork: { id: "purpose_not_work", field: "purpose", operator: "ne", value: "work" },
  notViaRussia: is("not_via_russia", "viaRussia", "no"),
  insurance: is("insurance", "insurance", "yes"),
  departureTicket: is("departure_ticket", "returnTicket", "yes"),
  purposeBusiness: whom(is("purpose_business", "purpose", "business")),
  businessDocument: { id: "business_document", field: "businessDocument", operator: "ne", value: "none" },
  sponsorClearance: is("sponsor_clearance", "sponsorClearance", "yes"),
} satisfies Record<string, Condition>;

/** Arrival day is day 1 (facts A.1.a #8); with the days already spent visa-free this calendar year, at most the cap. */
const withinYearlyCap = (cap: number): Condition => ({
  id: "visa_free_days_in_year",
  field: "visaFreeDaysThisYear",
  operator: "sum_lte",
  // The stay itself is its own condition (asked on the same page): until it is answered, only the earlier days count.
  plus: ["stayDays"],
  value: cap,
});
const arrivalByAir = (airports: string[]): Condition => ({
  id: "arrival_by_air",
  field: "entryPoint",
  operator: "in",
  value: airports,
});
const purposeIs = (...purposes: string[]): Condition[] => [
  { id: "purpose", field: "purpose", operator: "in", value: purposes },
];
const eVisaStates = (states: string[]): Condition =>
  whom({ id: "e_visa_state", field: "nationality", operator: "in", value: states });
/**
 * The e-visa's categories (facts A.1.d #3): business; sport, culture, science, education and
 * internships; private; tourism. Work is not one; an emergency is left to the emergency visa,
 * issued urgently (A.1.d #7), as the e-visa has no urgent option; the other purposes fit no
 * category the sources name.
 */
const eVisaPurpose: Condition = {
  id: "e_visa_purpose",
  field: "purpose",
  operator: "in",
  value: ["tourism", "business", "family", "study"],
};

// Sources, as the fact base gives them.
const S = {
  interview: {
    title: "Ambassador A. Metelitsa, interview with BelTA",
    url: "https://eng.belta.by",
    date: "2025",
    background: true,
  },
  decree2017: {
    title:
      'Presidential Decree "On establishment of visa-free entry and exit of foreign citizens" (9 Jan 2017, commonly cited as No. 8)',
    // The Russian title as the fact base gives it (A.1.a #2); it gives no Belarusian one.
    titles: {
      ru: "Указ Президента Республики Беларусь от 9 января 2017 г. № 8 «Об установлении безвизового порядка въезда и выезда иностранных граждан»",
    },
    date: "2017-01-09",
  },
  decree2021: {
    title: "Presidential Decree of 14 Sep 2021 adding Pakistan to the visa-free list (in force 17 Oct 2021)",
    date: "2021-10-17",
  },
  // The MFA's explanation of the 17 Oct 2021 changes: the source for the regional airports (facts A.1.a #4, C.2).
  mfaExplanation2021: {
    title: "MFA of Belarus, explanation of the visa-free rules from 17 October 2021 (aif.by)",
    url: "https://aif.by",
    date: "2021-10",
  },
  gpk: {
    title: "State Border Committee of Belarus: visa-free entry",
    url: "https://gpk.gov.by/by/perasyachenne-granitsy/bezviz/",
    date: "current",
  },
  mfaAirport: {
    title: "MFA of Belarus: visa-free entry through the airport",
    url: "https://bulgaria.mfa.gov.by/bg/consular_issues/airport",
    date: "current",
  },
  agreement2023: {
    title:
      "Agreement between Belarus and Pakistan on visa waiver for holders of diplomatic and service passports (signed 30 May 2023, in force Dec 2023)",
    url: "https://www.dawn.com/news/1756971",
    date: "2023-12",
  },
  embassyFees: {
    title: "Embassy of Belarus in Pakistan: consular fees",
    url: "https://pakistan.mfa.gov.by/en/consular_issues/_Emb_Section/cost",
    date: "current",
  },
  visaDocuments: {
    title: "MFA of Belarus: visa types and documents",
    url: "https://iran.mfa.gov.by/en/consular_service/docs/",
    date: "current",
  },
  decree294: {
    title: 'Presidential Decree No. 294 of 3 Jun 2008 "On documenting the population of the Republic of Belarus"',
    url: "https://iran.mfa.gov.by/en/consular_issues/certificate_return",
    date: "2008-06-03",
  },
  mfaCitizens: {
    title: "MFA of Belarus: returning to Belarus",
    url: "https://germany.mfa.gov.by/be/consular_issues/reentry",
    date: "current",
  },
  moiBvl: {
    title: "Ministry of Interior of Pakistan: visa policy for Business Visa List countries",
    url: "https://interior.gov.pk/index.php/about-moi/policies-moi/172",
    date: "current",
  },
  // A newspaper report of the committee's recommendation, not the date Belarus joined the list (facts A.1.c #4, A.2.7).
  bvlBelarus: {
    title: "Business Recorder: committee recommends adding Belarus to Pakistan's Business Visa List",
    url: "https://www.brecorder.com/news/40204136",
    date: "2022-10-20",
    background: true,
  },
  // The 30 Mar 2018 date belongs to the Tourism News Live report, not to the Business Recorder article (facts A.1.c #3).
  bvoa: {
    title: "Tourism News Live: business visa on arrival for Business Visa List countries",
    url: "https://www.tourismnewslive.com",
    date: "2018-03-30",
    background: true,
  },
  nadra: { title: "Pakistan Online Visa System (NADRA)", url: "https://visa.nadra.gov.pk", date: "current" },
  // The fact base names the act but gives no address or official title for it (facts A.1.d #3).
  resolution953: {
    title:
      "Council of Ministers Resolution No. 953 of 16 Dec 2024 amending the Visa Rules (Resolution No. 1065 of 15 Jul 2010): the e-visa",
    date: "2024-12-16",
  },
  eVisaNews: {
    title: "news.by: e-visas for citizens of 67 states from 20 March 2025",
    url: "https://news.by/eng",
    date: "2025-03-19",
    background: true,
  },
  eVisaAnnounced: {
    title: "People's Daily (Russian edition): Belarus introduces the e-visa",
    url: "https://russian.people.com.cn",
    date: "2024-12-20",
    background: true,
  },
} satisfies Record<string, Source>;

/** The fee lines of the routes that need no visa. */
const NO_VISA_FEE: FeeLine[] = [{ kind: "note", label: "noVisaFee" }];

type RuleRecord = Omit<Rule, "verification" | "notice" | "version" | "validFrom" | "validTo" | "validFromMonthOnly">;

/**
 * The rule records built from their parameters, in evaluation order. A rule that is not
 * offered is left out (the rules that end a destination's list always are, ALWAYS_OFFERED).
 */
export function rulesFor(parameters: RuleParameters): Rule[] {
  const p = parameters.rules;
  const officialStay = (maxStayDays: number | null) => (maxStayDays === null ? [] : [stayAtMost(maxStayDays)]);
  // The limit is unknown: the result says it is to be confirmed instead of guessing one (facts A.1.b #3).
  const officialAdvice = (maxStayDays: number | null): Advice[] =>
    maxStayDays === null ? [{ id: "official_stay_limit", when: [] }] : [];
  const none = { advice: [] as Advice[], time: null, atEmbassy: false, limitsStay: false, caveats: [] as CaveatId[] };
  const eVisaForPakistan = p.by_e_visa.offered && p.by_e_visa.states.includes("PK");

  const records: RuleRecord[] = [
    // Entering Belarus
    {
      ...none,
      id: "by_not_covered",
      destination: "BY",
      outcome: "not_covered",
      fallback: true,
      conditions: [C.nationalityOther],
      steps: "not_covered",
      fees: [],
      positive: false,
      sources: [],
    },
    {
      ...none,
      id: "by_citizen",
      destination: "BY",
      outcome: "citizen",
      conditions: [C.nationalityBy, C.validPassport],
      steps: "citizen",
      fees: NO_VISA_FEE,
      positive: true,
      sources: [S.mfaCitizens],
    },
    {
      ...none,
      id: "by_certificate_of_return",
      destination: "BY",
      outcome: "certificate_of_return",
      conditions: [C.nationalityBy, C.noValidPassport],
      steps: "certificate_of_return",
      fees: [
        { kind: "amount", label: "certificateOfReturn", amount: p.by_certificate_of_return.fees.certificateOfReturn },
        { kind: "note", label: "childUnder14Free" },
      ],
      time: "certificate_of_return",
      atEmbassy: true,
      books: "certificate_of_return",
      shown: 5,
      positive: false,
      sources: [S.decree294, S.mfaCitizens],
    },
    {
      ...none,
      id: "by_official_passport",
      destination: "BY",
      outcome: "visa_free_official_passport",
      conditions: [C.nationalityPk, C.officialPassport, ...officialStay(p.by_official_passport.maxStayDays)],
      steps: "visa_free_official_passport",
      fees: NO_VISA_FEE,
      advice: officialAdvice(p.by_official_passport.maxStayDays),
      shown: 2,
      positive: true,
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
        stayAtMost(p.by_visa_free_airport.maxStayDays),
        withinYearlyCap(p.by_visa_free_airport.yearlyCapDays),
        arrivalByAir(p.by_visa_free_airport.airports),
        C.notViaRussia,
        C.departureTicket,
        C.insurance,
      ],
      steps: "visa_free_airport_30_days",
      fees: NO_VISA_FEE,
      // A university course needs a study visa (to be confirmed).
      advice: [{ id: "study_enrolment", when: purposeIs("study") }],
      time: "visa_free_airport_30_days",
      atEmbassy: false,
      limitsStay: true,
      caveats: ["schengen_entry_proof", "regional_airports"],
      shown: 1,
      positive: true,
      sources: [S.decree2017, S.decree2021, S.mfaExplanation2021, S.gpk, S.mfaAirport, S.interview],
    },
    // After the visa-free route (no visa, no fee, for those who qualify), before the visa from the
    // Embassy: a Pakistani whose state is on the list applies online instead (facts A.1.d #3–4).
    {
      ...none,
      id: "by_e_visa",
      destination: "BY",
      outcome: "e_visa",
      conditions: [
        eVisaStates(p.by_e_visa.states),
        C.ordinaryPassport,
        eVisaPurpose,
        stayAtMost(p.by_e_visa.maxStayDays),
      ],
      steps: "e_visa",
      fees: [
        { kind: "amount", label: "eVisaConsular", amount: p.by_e_visa.fees.consular },
        { kind: "amount", label: "eVisaService", amount: p.by_e_visa.fees.service },
      ],
      time: "e_visa",
      // The e-visa admits through international checkpoints, and flights from Russia pass none (facts A.1.a #7,
      // A.1.d #3): whether they are allowed on an e-visa no source says.
      caveats: ["e_visa_via_russia"],
      // The visa pages are for Pakistani travellers: the route is shown there once Pakistan is on its list.
      ...(eVisaForPakistan ? { shown: 3 } : {}),
      positive: false,
      sources: [S.resolution953, S.eVisaNews, S.eVisaAnnounced],
    },
    {
      id: "by_visa_required",
      destination: "BY",
      outcome: "visa_required",
      fallback: true,
      conditions: [C.nationalityPk],
      asks: ["purpose"],
      steps: "visa_required_by",
      fees: [
        { kind: "amount", label: "visaStandard", amount: p.by_visa_required.fees.standard },
        { kind: "amount", label: "visaUrgent", amount: p.by_visa_required.fees.urgent },
        { kind: "note", label: "emergency", withAdvice: "emergency_visa" },
      ],
      // Work needs a work permit and a visa, and agents sell "jobs in Belarus" (facts A.1.a #11); the emergency
      // visa (A.1.d #7); relatives of Belarusians (A.2.4).
      advice: [
        { id: "work_permit", when: purposeIs("work"), steps: "visa_required_work" },
        { id: "job_agents", when: purposeIs("work") },
        { id: "emergency_visa", when: purposeIs("emergency") },
        { id: "kinship_route", when: purposeIs("family") },
      ],
      time: "visa_processing",
      atEmbassy: true,
      // The application is handed in at the consular section (facts A.1.d #5, #6): the result books that visit.
      books: "visa",
      limitsStay: false,
      // Pakistan is probably not on the e-visa list (facts A.1.d #4): said until staff confirm the list or add Pakistan to it.
      caveats:
        p.by_e_visa.offered && !eVisaForPakistan && p.by_e_visa.verification.status === "to_be_confirmed"
          ? ["e_visa_list"]
          : [],
      shown: 4,
      positive: false,
      sources: [S.embassyFees, S.visaDocuments],
    },
    // Entering Pakistan
    {
      ...none,
      id: "pk_not_covered",
      destination: "PK",
      outcome: "not_covered",
      fallback: true,
      conditions: [C.nationalityOther],
      steps: "not_covered",
      fees: [],
      positive: false,
      sources: [],
    },
    {
      ...none,
      id: "pk_citizen",
      destination: "PK",
      outcome: "citizen",
      conditions: [C.nationalityPk],
      steps: "citizen_pk",
      fees: [],
      positive: true,
      sources: [],
    },
    {
      ...none,
      id: "pk_official_passport",
      destination: "PK",
      outcome: "visa_free_official_passport",
      conditions: [C.nationalityBy, C.officialPassport, ...officialStay(p.pk_official_passport.maxStayDays)],
      steps: "visa_free_official_passport",
      fees: NO_VISA_FEE,
      advice: officialAdvice(p.pk_official_passport.maxStayDays),
      shown: 4,
      positive: true,
      sources: [S.agreement2023, S.interview],
    },
    // A sponsor who already has clearance makes the visa on arrival the simplest route (facts A.1.c #3);
    // otherwise the 5-year visa from a Pakistani mission (A.1.c #2).
    {
      ...none,
      id: "pk_business_on_arrival",
      destination: "PK",
      outcome: "business_visa_on_arrival",
      conditions: [
        C.nationalityBy,
        C.ordinaryPassport,
        C.purposeBusiness,
        C.businessDocument,
        C.sponsorClearance,
        stayAtMost(p.pk_business_on_arrival.maxStayDays),
      ],
      steps: "business_visa_on_arrival",
      fees: [{ kind: "pakistan_online_visa" }],
      shown: 2,
      positive: false,
      sources: [S.interview, S.moiBvl, S.bvoa],
    },
    {
      ...none,
      id: "pk_business_5_years",
      destination: "PK",
      outcome: "business_visa_multiple_entry_5_years",
      conditions: [
        C.nationalityBy,
        C.ordinaryPassport,
        C.purposeBusiness,
        C.businessDocument,
        stayAtMost(p.pk_business_5_years.maxStayDays),
      ],
      steps: "business_visa_multiple_entry_5_years",
      fees: [{ kind: "pakistan_online_visa" }],
      shown: 1,
      positive: false,
      sources: [S.interview, S.moiBvl, S.bvlBelarus],
    },
    // Every Belarusian on an ordinary passport can apply online: the destination's last rule.
    {
      ...none,
      id: "pk_online_visa",
      destination: "PK",
      outcome: "online_visa",
      conditions: [C.nationalityBy],
      asks: ["purpose"],
      steps: "online_visa",
      fees: [{ kind: "pakistan_online_visa" }],
      // Visa Prior to Arrival: free, for these two purposes only (facts A.1.c #6–7); shown while the Embassy's
      // setting does not rule Belarus out.
      advice: [{ id: "visa_prior_to_arrival", when: purposeIs("tourism", "business") }],
      shown: 3,
      positive: false,
      sources: [S.nadra],
    },
  ];
  return records
    .filter(({ id }) => ALWAYS_OFFERED.has(id) || p[id].offered)
    .map((record) => {
      const { validFrom, validTo, validFromMonthOnly, verification, notice } = p[record.id];
      return {
        ...record,
        ...(validFrom ? { validFrom } : {}),
        ...(validFrom && validFromMonthOnly ? { validFromMonthOnly } : {}),
        ...(validTo ? { validTo } : {}),
        verification,
        notice,
        version: { rules: RULES_CODE_VERSION, parameters: parameters.version },
      };
    });
}

/** The rules from the two values the settings decided before parameters (the tests' table). */
export function buildRules(settings: RuleSettings): Rule[] {
  const defaults = defaultSettings();
  defaults["officialPassport.maxStay"].value = settings.officialPassportMaxStay;
  defaults["visaFree.regionalAirports"].value = settings.regionalAirports;
  return rulesFor(ruleParametersFromSettings(defaults));
}

/** The rules in force on a day: those whose validity includes it. */
export function rulesInForce(rules: readonly Rule[], day: string): Rule[] {
  return rules.filter((rule) => (!rule.validFrom || rule.validFrom <= day) && (!rule.validTo || day <= rule.validTo));
}
