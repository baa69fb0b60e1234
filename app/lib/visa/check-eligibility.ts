/**
 * The whole check for one set of query parameters, as the public API and the result page
 * need it: invalid values and answers missing for the branch taken are reported by
 * parameter name; otherwise the evaluation is complete. Pure, and it never throws.
 */
import { parseAnswers, type AnswerField, type Answers, type ParamError } from "./answers";
import { evaluate, type Evaluation } from "./evaluate";
import type { Rule } from "./rules";

export type EligibilityCheck =
  | { ok: true; answers: Answers; evaluation: Extract<Evaluation, { complete: true }> }
  | { ok: false; errors: ParamError[] };

/**
 * Answers another channel may leave out: the travel date is today, and a traveller who
 * says nothing of earlier visa-free stays this year has had none. Each is filled in only
 * when the route taken needs it, so the answers echoed back are those that mattered.
 */
const DEFAULTS = (today: string): Partial<Answers> => ({ travelDate: today, visaFreeDaysThisYear: 0 });

/** `today` (YYYY-MM-DD) is the travel date when none is given. */
export function checkEligibility(
  params: URLSearchParams,
  rules: readonly Rule[],
  today: string,
  options: { typed?: boolean } = {},
): EligibilityCheck {
  const { answers, errors } = parseAnswers(params, options);
  if (errors.length > 0) return { ok: false, errors };
  const defaults = DEFAULTS(today);
  const filled: Answers = { ...answers };
  for (;;) {
    const evaluation = evaluate(filled, rules);
    if (evaluation.complete) return { ok: true, answers: filled, evaluation };
    const defaulted = evaluation.missing.filter((field): field is AnswerField => defaults[field] !== undefined);
    if (defaulted.length === 0) {
      return {
        ok: false,
        errors: evaluation.missing.map((param) => ({
          param,
          code: "required",
          message: "required for this combination of answers",
        })),
      };
    }
    for (const field of defaulted) Object.assign(filled, { [field]: defaults[field] });
  }
}
