/**
 * Turns an evaluation into what a person reads, in their language: the outcome, what to
 * do, what it costs (EUR, with an indicative PKR amount), how long it takes and where to
 * go, then each condition with their own answer, alternatives, sources and verification.
 * One view for the result page and the public API.
 */
import { EMBASSY_MFA_PAGE } from "../embassy-contact";
import type { Settings, VerificationStatus } from "../settings/definitions";
import type { AnswerField, Answers } from "./answers";
import type { ConditionResult, Evaluation, RuleResult } from "./evaluate";
import { lastDayOfStay, ruleFigures, type FeeLine, type Outcome, type Rule, type RuleId, type Source } from "./rules";

/** The slice of a next-intl translator this module needs (namespace "Visa"). */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  raw(key: string): unknown;
  has(key: string): boolean;
};

export type ConditionView = {
  id: string;
  param: AnswerField;
  answer: string | number | null;
  answerText: string | null;
  met: boolean | null;
  text: string;
};
/** `amount` in euros as charged; `pkr` an indicative amount in rupees, when the Embassy has set a rate. */
export type Fee = { label: string; amount: string | null; pkr: string | null };
export type AlternativeView = {
  kind: "route" | "advice";
  id: string;
  outcome?: Outcome;
  title: string;
  text: string;
  needs: string[];
};
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

/** The rule's verification as the pages show it: the day staff checked it, or else the fact base's date. */
export function verificationOf(rule: Rule) {
  return { status: rule.verification.status, lastReviewed: rule.verification.checkedOn ?? FACT_BASE_REVIEWED };
}

/**
 * The rule's dated notice as a page shows it on `today` (Karachi): in the page's language,
 * or in English, marked as such, where staff wrote none in it; null before its first day.
 */
export function noticeOf(rule: Rule, locale: string, today: string): { text: string; lang: string } | null {
  const notice = rule.notice;
  if (!notice || notice.from > today) return null;
  const own = notice.text[locale as keyof typeof notice.text];
  if (own) return { text: own, lang: locale };
  return notice.text.en ? { text: notice.text.en, lang: "en" } : null;
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
    amount === null || rate === null || !rateDate
      ? null
      : t("fees.pkr", { amount: Math.round((amount * rate) / 10) * 10 });
  const fee = (label: string, amount: number | null): Fee => ({
    label,
    amount: euro(amount) ?? t("fees.unknown"),
    pkr: pkr(amount),
  });
  const note = (label: string): Fee => ({ label, amount: null, pkr: null });

  function answerText(field: AnswerField, answer: Answers[AnswerField]): string | null {
    if (answer === undefined) return null;
    if (field === "nationality") return countries.of(String(answer)) ?? String(answer);
    if (field === "travelDate") return formatDate(String(answer));
    if (field === "stayDays" || field === "visaFreeDaysThisYear")
      return t(`questions.${field}.value`, { days: Number(answer) });
    return t(`questions.${field}.options.${answer}`);
  }

  function conditionText(id: string, rule: Rule): string {
    if (id !== "in_force") return t(`conditions.${id}`, ruleFigures(rule));
    const from = rule.validFrom ?? "";
    return t("conditions.in_force", {
      from: rule.validFromMonthOnly ? months.format(new Date(`${from}T00:00:00Z`)) : formatDate(from),
    });
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

  function pakistanOnlineVisa(answers: Answers): Fee {
    // Free of charge covers business and tourist visas only (facts A.1.c #7).
    if (answers.purpose !== "business" && answers.purpose !== "tourism") return note(t("fees.askPakistan"));
    const free = settings["pakistan.onlineVisaFreeForBelarus"].value;
    if (free === "yes") return note(t("fees.onlineVisaFree"));
    return note(free === "unknown" ? t("fees.onlineVisaMaybeFree") : t("fees.askPakistan"));
  }

  function feeOf(line: FeeLine, answers: Answers, advice: readonly string[]): Fee[] {
    if (line.kind === "amount") return [fee(t(`fees.${line.label}`), line.amount)];
    if (line.kind === "pakistan_online_visa") return [pakistanOnlineVisa(answers)];
    return !line.withAdvice || advice.includes(line.withAdvice) ? [note(t(`fees.${line.label}`))] : [];
  }

  function time(rule: Rule): string | null {
    if (rule.time !== "visa_processing") return rule.time && t(`time.${rule.time}`);
    const standard = settings["visa.processingWorkingDays.standard"];
    const urgent = settings["visa.processingWorkingDays.urgent"];
    if (standard.value === null || urgent.value === null) return t("time.unknown");
    const confirmed = standard.status === "confirmed" && urgent.status === "confirmed";
    return t(confirmed ? "time.visa" : "time.visaUnconfirmed", { standard: standard.value, urgent: urgent.value });
  }

  function where(rule: Rule): string | null {
    if (!rule.atEmbassy) return null;
    const address = settings["embassy.address"].value;
    return address ? t("where.embassy", { address }) : t("where.embassyNoAddress");
  }

  function caveats(rule: Rule, answers: Answers): CaveatView[] {
    const proof = settings["visaFree.schengenEntryProof"];
    const airports = settings["visaFree.regionalAirports"];
    return rule.caveats.flatMap((id): CaveatView[] => {
      if (id === "schengen_entry_proof") {
        const text = proof.value
          ? t("caveats.schengenEntryProofKnown", { proof: proof.value })
          : t("caveats.schengenEntryProof");
        return [{ id, text, status: proof.value ? proof.status : "to_be_confirmed" }];
      }
      // The rule lists it only while the e-visa rule is to be confirmed (app/lib/visa/rules.ts).
      if (id === "e_visa_list") return [{ id, text: t("caveats.eVisaList"), status: "to_be_confirmed" }];
      if (id === "e_visa_via_russia") return [{ id, text: t("caveats.eVisaViaRussia"), status: "to_be_confirmed" }];
      return answers.entryPoint === "regional-airport"
        ? [{ id, text: t("caveats.regionalAirports"), status: airports.status }]
        : [];
    });
  }

  function alternativeRoute(result: RuleResult): AlternativeView {
    const outcome = result.rule.outcome;
    return {
      kind: "route",
      id: result.rule.id,
      outcome,
      title: t(`routes.${result.rule.id}`),
      text: t(`outcomes.${outcome}.summary`, ruleFigures(result.rule)),
      needs: result.conditions.filter((c) => c.status === "unanswered").map((c) => conditionText(c.id, result.rule)),
    };
  }

  /** Advice the Embassy's settings add to or remove from the rules' own (facts A.1.c #6–7). */
  function adviceFor(evaluation: Extract<Evaluation, { complete: true }>): string[] {
    const advice: string[] = [];
    for (const id of evaluation.advice) {
      if (id !== "visa_prior_to_arrival") advice.push(id);
      else if (settings["pakistan.onlineVisaFreeForBelarus"].value === "yes") advice.push("visa_prior_to_arrival");
      else if (settings["pakistan.onlineVisaFreeForBelarus"].value === "unknown")
        advice.push("visa_prior_to_arrival_unconfirmed");
    }
    return advice;
  }

  function present(evaluation: Extract<Evaluation, { complete: true }>, answers: Answers): ResultView {
    const { rule } = evaluation.rule;
    const advice = adviceFor(evaluation);
    const stepsKey = rule.advice.find((a) => a.steps && evaluation.advice.includes(a.id))?.steps ?? rule.steps;
    const leaveBy =
      rule.limitsStay && answers.travelDate && answers.stayDays
        ? lastDayOfStay(answers.travelDate, answers.stayDays)
        : null;
    const figures = ruleFigures(rule);
    const stepValues = {
      ...figures,
      days: settings["visaFree.registrationWorkingDays"].value,
      certification: t(`certification.${settings["legalization.route"].value}`),
    };
    const euros = rule.fees.flatMap((line) => feeOf(line, answers, advice));
    const checkedOn = settings["rules.checkedOn"].value;
    return {
      outcome: evaluation.outcome,
      ruleId: rule.id,
      title: t(`outcomes.${evaluation.outcome}.title`),
      summary: t(`outcomes.${evaluation.outcome}.summary`, figures),
      leaveBy,
      nextSteps: (t.raw(`steps.${stepsKey}`) as string[]).map((_, i) => t(`steps.${stepsKey}.${i}`, stepValues)),
      fees: euros,
      feeNote: euros.some((f) => f.pkr !== null)
        ? t("fees.pkrNote", { rate: rate ?? 0, date: formatDate(rateDate) })
        : null,
      time: time(rule),
      where: where(rule),
      nextLink:
        evaluation.outcome === "visa_required" && rule.destination === "BY"
          ? { href: EMBASSY_MFA_PAGE, text: t("result.embassyVisaPage") }
          : null,
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
          text: t(`advice.${id}.body`, { certification: stepValues.certification }),
          needs: [],
        })),
      ],
      sources: rule.sources.filter((s) => !s.background),
      background: rule.sources.filter((s) => s.background),
      verification: verificationOf(rule),
      rulesAsOf: checkedOn || null,
    };
  }

  return { present, answerText };
}
