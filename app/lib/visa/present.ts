/**
 * Turns an evaluation into what a person reads, in their language: the outcome, each
 * condition with their own answer, next steps, fees from the Embassy's settings,
 * alternatives, sources and verification. One view for the result page and the public API.
 */
import type { Settings, VerificationStatus } from "../settings/definitions";
import type { AnswerField, Answers } from "./answers";
import type { ConditionResult, Evaluation, RuleResult } from "./evaluate";
import type { Outcome, Rule, RuleId, Source } from "./rules";

/** The slice of a next-intl translator this module needs (namespace "Visa"). */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  raw(key: string): unknown;
};

export type ConditionView = { id: string; param: AnswerField; answer: string | number | null; answerText: string | null; met: boolean | null; text: string };
export type Fee = { label: string; amount: string | null };
export type AlternativeView = { kind: "route" | "advice"; id: string; outcome?: Outcome; title: string; text: string; needs: string[] };

export type ResultView = {
  outcome: Outcome;
  ruleId: RuleId;
  title: string;
  summary: string;
  conditions: ConditionView[];
  whyNot: { ruleId: RuleId; outcome: Outcome; title: string; conditions: ConditionView[] }[];
  nextSteps: string[];
  fees: Fee[];
  alternatives: AlternativeView[];
  sources: Source[];
  verification: { status: VerificationStatus; lastReviewed: string };
  rulesAsOf: string;
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
  pk_visa_required: "visa_required_pk",
  pk_business_on_arrival: "business_visa_on_arrival",
  pk_business_5_years: "business_visa_multiple_entry_5_years",
  pk_online_visa: "online_visa",
};

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function verificationOf(rule: Rule, settings: Settings) {
  const entry = settings[`rule.${rule.id}`];
  return { status: entry.status, lastReviewed: isoDay(entry.reviewedAt) ?? FACT_BASE_REVIEWED };
}

export function createPresenter(t: Translate, locale: string, settings: Settings) {
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const formatDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const euro = (amount: number | null): string | null => (amount === null ? null : t("fees.amount", { amount }));

  function answerText(field: AnswerField, answer: Answers[AnswerField]): string | null {
    if (answer === undefined) return null;
    if (field === "nationality") return countries.of(String(answer)) ?? String(answer);
    if (field === "travelDate") return formatDate(String(answer));
    if (field === "stayDays") return t("questions.stayDays.value", { days: Number(answer) });
    return t(`questions.${field}.options.${answer}`);
  }

  function conditionText(id: string, rule: Rule): string {
    return id === "in_force" ? t("conditions.in_force", { from: formatDate(rule.validFrom ?? "") }) : t(`conditions.${id}`);
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

  function fees(rule: Rule, advice: readonly string[]): Fee[] {
    const v = (key: keyof Settings) => settings[key].value as number | null;
    switch (rule.id) {
      case "by_visa_required":
        return [
          { label: t("fees.visaStandard"), amount: euro(v("fee.visa.standard")) ?? t("fees.unknown") },
          { label: t("fees.visaUrgent"), amount: euro(v("fee.visa.urgent")) ?? t("fees.unknown") },
          ...(advice.includes("emergency_visa") ? [{ label: t("fees.emergency"), amount: null }] : []),
        ];
      case "by_certificate_of_return":
        return [
          { label: t("fees.certificateOfReturn"), amount: euro(v("fee.certificateOfReturn")) ?? t("fees.unknown") },
          { label: t("fees.childUnder14Free"), amount: null },
        ];
      case "by_citizen":
      case "by_visa_free_airport":
      case "by_official_passport":
      case "pk_official_passport":
        return [{ label: t("fees.noVisaFee"), amount: null }];
      case "pk_online_visa":
      case "pk_business_5_years":
      case "pk_business_on_arrival": {
        const free = settings["pakistan.onlineVisaFreeForBelarus"].value;
        if (free === "yes") return [{ label: t("fees.onlineVisaFree"), amount: null }];
        return [{ label: free === "unknown" ? t("fees.onlineVisaMaybeFree") : t("fees.unknown"), amount: null }];
      }
      default:
        return [];
    }
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

  function present(evaluation: Extract<Evaluation, { complete: true }>): ResultView {
    const { rule } = evaluation.rule;
    const advice: string[] = [...evaluation.advice];
    if (evaluation.outcome === "visa_free_official_passport" && settings["officialPassport.maxStay"].value === "unknown") {
      advice.push("official_stay_limit");
    }
    // Belarus's e-visa (facts A.1.d #3–4): offered once the Embassy confirms Pakistan is on the list.
    const evisa = settings["belarus.evisaForPakistan"].value;
    if (rule.id === "by_visa_required" && evisa !== "no") advice.push(evisa === "yes" ? "evisa_available" : "evisa_unconfirmed");
    const rulesReviewed = Object.values(settings)
      .map((entry) => isoDay(entry.reviewedAt))
      .filter((d): d is string => d !== null);
    return {
      outcome: evaluation.outcome,
      ruleId: rule.id,
      title: t(`outcomes.${evaluation.outcome}.title`),
      summary: t(`outcomes.${evaluation.outcome}.summary`),
      conditions: evaluation.rule.conditions.map((c) => conditionView(c, rule)),
      whyNot: evaluation.whyNot.map((r) => ({
        ruleId: r.rule.id,
        outcome: r.rule.outcome,
        title: t(`routes.${r.rule.id}`),
        conditions: r.conditions.filter((c) => c.status === "not_met").map((c) => conditionView(c, r.rule)),
      })),
      nextSteps: (t.raw(`steps.${STEPS[rule.id]}`) as string[]).map((_, i) =>
        t(`steps.${STEPS[rule.id]}.${i}`, { days: settings["visaFree.registrationWorkingDays"].value }),
      ),
      fees: fees(rule, advice),
      alternatives: [
        ...evaluation.alternatives.map(alternativeRoute),
        ...advice.map((id): AlternativeView => ({
          kind: "advice",
          id,
          title: t(`advice.${id}.title`),
          text: t(`advice.${id}.body`, { fee: settings["fee.evisa.service"].value ?? 0 }),
          needs: [],
        })),
      ],
      sources: rule.sources,
      verification: verificationOf(rule, settings),
      rulesAsOf: [FACT_BASE_REVIEWED, ...rulesReviewed].sort().at(-1)!,
    };
  }

  return { present, answerText };
}
