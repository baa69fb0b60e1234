/**
 * Turns an evaluation into what a person reads, in their language: the outcome, what to
 * do, what it costs (EUR, with an indicative PKR amount), how long it takes and where to
 * go, then each condition with their own answer, alternatives, sources and verification.
 * One view for the result page and the public API.
 */
import { EMBASSY_MFA_PAGE } from "../embassy-contact";
import type { SettingKey, Settings, VerificationStatus } from "../settings/definitions";
import type { AnswerField, Answers } from "./answers";
import type { ConditionResult, Evaluation, RuleResult } from "./evaluate";
import { ADVICE, lastDayOfStay, type Outcome, type Rule, type RuleId, type Source } from "./rules";

/** The slice of a next-intl translator this module needs (namespace "Visa"). */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  raw(key: string): unknown;
  has(key: string): boolean;
};

export type ConditionView = { id: string; param: AnswerField; answer: string | number | null; answerText: string | null; met: boolean | null; text: string };
/** `amount` in euros as charged; `pkr` an indicative amount in rupees, when the Embassy has set a rate. */
export type Fee = { label: string; amount: string | null; pkr: string | null };
export type AlternativeView = { kind: "route" | "advice"; id: string; outcome?: Outcome; title: string; text: string; needs: string[] };
/** A statement the sources do not settle, with the setting staff confirm it by. */
export type CaveatView = { id: string; text: string; status: VerificationStatus };

export type ResultView = {
  outcome: Outcome;
  ruleId: RuleId;
  title: string;
  summary: string;
  /** The last day the traveller may be in Belarus, when the route limits the stay (ISO date). */
  leaveBy: string | null;
  nextSteps: string[];
  fees: Fee[];
  /** Says the PKR amounts are indicative, the rate and its day, and that payment is in EUR. */
  feeNote: string | null;
  time: string | null;
  where: string | null;
  /** The page that takes the traveller on from here (the Embassy's visa page for now). */
  nextLink: { href: string; text: string } | null;
  caveats: CaveatView[];
  conditions: ConditionView[];
  whyNot: { ruleId: RuleId; outcome: Outcome; title: string; conditions: ConditionView[] }[];
  alternatives: AlternativeView[];
  /** The legal basis, then press and the interview as background. */
  sources: Source[];
  background: Source[];
  verification: { status: VerificationStatus; lastReviewed: string };
  /** The day staff last checked the rules against official sources (setting rules.checkedOn); null until they do. */
  rulesAsOf: string | null;
};

/** The date the fact base behind the rules was last reviewed (shared/domain/facts.md). */
export const FACT_BASE_REVIEWED = "2026-11-27";


/** Which list of next steps (messages Visa.steps) belongs to each rule. */
export const STEPS: Record<RuleId, string> = {
  by_not_covered: "not_covered",
  pk_not_covered: "not_covered",
  by_citizen: "citizen",
  pk_citizen: "citizen_pk",
  by_certificate_of_return: "certificate_of_return",
  by_official_passport: "visa_free_official_passport",
  pk_official_passport: "visa_free_official_passport",
  by_visa_free_airport: "visa_free_airport_30_days",
  by_visa_required: "visa_required_by",
  pk_business_on_arrival: "business_visa_on_arrival",
  pk_business_5_years: "business_visa_multiple_entry_5_years",
  pk_online_visa: "online_visa",
};

/** Rules whose applicants go to the Embassy in Islamabad. */
const AT_THE_EMBASSY = new Set<RuleId>(["by_visa_required", "by_certificate_of_return"]);

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function verificationOf(rule: Rule, settings: Settings) {
  const entry = settings[`rule.${rule.id}`];
  return { status: entry.status, lastReviewed: isoDay(entry.reviewedAt) ?? FACT_BASE_REVIEWED };
}

export function createPresenter(t: Translate, locale: string, settings: Settings) {
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const months = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const isIso = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const formatDate = (iso: string) => (isIso(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const euro = (amount: number | null): string | null => (amount === null ? null : t("fees.amount", { amount }));
  const rate = settings["fee.pkrPerEur"].value;
  const rateDate = settings["fee.pkrPerEurDate"].value;
  const pkr = (amount: number | null): string | null =>
    amount === null || rate === null || !rateDate ? null : t("fees.pkr", { amount: Math.round((amount * rate) / 10) * 10 });
  const fee = (label: string, key: SettingKey): Fee => {
    const amount = settings[key].value as number | null;
    return { label, amount: euro(amount) ?? t("fees.unknown"), pkr: pkr(amount) };
  };
  const note = (label: string): Fee => ({ label, amount: null, pkr: null });

  function answerText(field: AnswerField, answer: Answers[AnswerField]): string | null {
    if (answer === undefined) return null;
    if (field === "nationality") return countries.of(String(answer)) ?? String(answer);
    if (field === "travelDate") return formatDate(String(answer));
    if (field === "stayDays" || field === "visaFreeDaysThisYear") return t(`questions.${field}.value`, { days: Number(answer) });
    return t(`questions.${field}.options.${answer}`);
  }

  function conditionText(id: string, rule: Rule): string {
    if (id !== "in_force") return t(`conditions.${id}`);
    const from = rule.validFrom ?? "";
    return t("conditions.in_force", { from: rule.validFromMonthOnly ? months.format(new Date(`${from}T00:00:00Z`)) : formatDate(from) });
  }

  function conditionView(c: ConditionResult, rule: Rule): ConditionView {
    return {
      id: c.id,
      param: c.field,
      answer: c.answer ?? null,
      answerText: answerText(c.field, c.answer),
      met: c.status === "unanswered" ? null : c.status === "met",
      text: conditionText(c.id, rule),
    };
  }

  function fees(rule: Rule, answers: Answers, advice: readonly string[]): Fee[] {
    switch (rule.id) {
      case "by_visa_required":
        return [
          fee(t("fees.visaStandard"), "fee.visa.standard"),
          fee(t("fees.visaUrgent"), "fee.visa.urgent"),
          ...(advice.includes("emergency_visa") ? [note(t("fees.emergency"))] : []),
        ];
      case "by_certificate_of_return":
        return [fee(t("fees.certificateOfReturn"), "fee.certificateOfReturn"), note(t("fees.childUnder14Free"))];
      case "by_citizen":
      case "by_visa_free_airport":
      case "by_official_passport":
      case "pk_official_passport":
        return [note(t("fees.noVisaFee"))];
      case "pk_online_visa":
      case "pk_business_5_years":
      case "pk_business_on_arrival": {
        // Free of charge covers business and tourist visas only (facts A.1.c #7).
        if (answers.purpose !== "business" && answers.purpose !== "tourism") return [note(t("fees.askPakistan"))];
        const free = settings["pakistan.onlineVisaFreeForBelarus"].value;
        if (free === "yes") return [note(t("fees.onlineVisaFree"))];
        return [note(free === "unknown" ? t("fees.onlineVisaMaybeFree") : t("fees.askPakistan"))];
      }
      default:
        return [];
    }
  }

  function time(rule: Rule): string | null {
    if (rule.id !== "by_visa_required") return t.has(`time.${STEPS[rule.id]}`) ? t(`time.${STEPS[rule.id]}`) : null;
    const standard = settings["visa.processingWorkingDays.standard"];
    const urgent = settings["visa.processingWorkingDays.urgent"];
    if (standard.value === null || urgent.value === null) return t("time.unknown");
    const confirmed = standard.status === "confirmed" && urgent.status === "confirmed";
    return t(confirmed ? "time.visa" : "time.visaUnconfirmed", { standard: standard.value, urgent: urgent.value });
  }

  function where(rule: Rule): string | null {
    if (!AT_THE_EMBASSY.has(rule.id)) return null;
    const address = settings["embassy.address"].value;
    return address ? t("where.embassy", { address }) : t("where.embassyNoAddress");
  }

  function caveats(rule: Rule, answers: Answers): CaveatView[] {
    if (rule.id !== "by_visa_free_airport") return [];
    const proof = settings["visaFree.schengenEntryProof"];
    const airports = settings["visaFree.regionalAirports"];
    return [
      {
        id: "schengen_entry_proof",
        text: proof.value ? t("caveats.schengenEntryProofKnown", { proof: proof.value }) : t("caveats.schengenEntryProof"),
        status: proof.value ? proof.status : "to_be_confirmed",
      },
      ...(answers.entryPoint === "regional-airport" ? [{ id: "regional_airports", text: t("caveats.regionalAirports"), status: airports.status }] : []),
    ];
  }

  function alternativeRoute(result: RuleResult): AlternativeView {
    const outcome = result.rule.outcome;
    return {
      kind: "route",
      id: result.rule.id,
      outcome,
      title: t(`routes.${result.rule.id}`),
      text: t(`outcomes.${outcome}.summary`),
      needs: result.conditions.filter((c) => c.status === "unanswered").map((c) => conditionText(c.id, result.rule)),
    };
  }

  /** Advice the Embassy's settings add to or remove from the rules' own (facts A.1.b #3, A.1.c #6–7, A.1.d #3–4). */
  function adviceFor(evaluation: Extract<Evaluation, { complete: true }>): string[] {
    const advice: string[] = [];
    for (const id of evaluation.advice) {
      if (id !== "visa_prior_to_arrival") advice.push(id);
      else if (settings["pakistan.onlineVisaFreeForBelarus"].value === "yes") advice.push("visa_prior_to_arrival");
      else if (settings["pakistan.onlineVisaFreeForBelarus"].value === "unknown") advice.push("visa_prior_to_arrival_unconfirmed");
    }
    if (evaluation.outcome === "visa_free_official_passport" && settings["officialPassport.maxStay"].value === "unknown") advice.push("official_stay_limit");
    const evisa = settings["belarus.evisaForPakistan"].value;
    if (evaluation.rule.rule.id === "by_visa_required" && evisa !== "no") advice.push(evisa === "yes" ? "evisa_available" : "evisa_unconfirmed");
    return advice;
  }

  function present(evaluation: Extract<Evaluation, { complete: true }>, answers: Answers): ResultView {
    const { rule } = evaluation.rule;
    const advice = adviceFor(evaluation);
    const replaced = ADVICE.find((a) => "steps" in a && evaluation.advice.includes(a.id));
    const stepsKey = replaced && "steps" in replaced ? replaced.steps : STEPS[rule.id];
    const leaveBy = rule.id === "by_visa_free_airport" && answers.travelDate && answers.stayDays ? lastDayOfStay(answers.travelDate, answers.stayDays) : null;
    const stepValues = { days: settings["visaFree.registrationWorkingDays"].value, certification: t(`certification.${settings["legalization.route"].value}`) };
    const euros = fees(rule, answers, advice);
    const checkedOn = settings["rules.checkedOn"].value;
    return {
      outcome: evaluation.outcome,
      ruleId: rule.id,
      title: t(`outcomes.${evaluation.outcome}.title`),
      summary: t(`outcomes.${evaluation.outcome}.summary`),
      leaveBy,
      nextSteps: (t.raw(`steps.${stepsKey}`) as string[]).map((_, i) => t(`steps.${stepsKey}.${i}`, stepValues)),
      fees: euros,
      feeNote: euros.some((f) => f.pkr !== null) ? t("fees.pkrNote", { rate: rate ?? 0, date: formatDate(rateDate) }) : null,
      time: time(rule),
      where: where(rule),
      nextLink: evaluation.outcome === "visa_required" && rule.destination === "BY" ? { href: EMBASSY_MFA_PAGE, text: t("result.embassyVisaPage") } : null,
      caveats: caveats(rule, answers),
      conditions: evaluation.rule.conditions.map((c) => conditionView(c, rule)),
      whyNot: evaluation.whyNot.map((r) => ({
        ruleId: r.rule.id,
        outcome: r.rule.outcome,
        title: t(`routes.${r.rule.id}`),
        conditions: r.conditions.filter((c) => c.status === "not_met").map((c) => conditionView(c, r.rule)),
      })),
      alternatives: [
        ...evaluation.alternatives.map(alternativeRoute),
        ...advice.map((id): AlternativeView => ({
          kind: "advice",
          id,
          title: t(`advice.${id}.title`),
          text: t(`advice.${id}.body`, { fee: settings["fee.evisa.service"].value ?? 0, certification: stepValues.certification }),
          needs: [],
        })),
      ],
      sources: rule.sources.filter((s) => !s.background),
      background: rule.sources.filter((s) => s.background),
      verification: verificationOf(rule, settings),
      rulesAsOf: checkedOn || null,
    };
  }

  return { present, answerText };
}
