/**
 * The whole check for one set of query parameters, as the public API and the result page
 * need it: invalid values and answers missing for the branch taken are reported by
 * parameter name; otherwise the evaluation is complete. Pure, and it never throws.
 */
import { parseAnswers, type Answers, type ParamError } from "./answers";
import { evaluate, type Evaluation } from "./evaluate";
import type { Rule } from "./rules";

export type EligibilityCheck =
  | { ok: true; answers: Answers; evaluation: Extract<Evaluation, { complete: true }> }
  | { ok: false; errors: ParamError[] };

/** `today` (YYYY-MM-DD) is the travel date when none is given. */
export function checkEligibility(params: URLSearchParams, rules: readonly Rule[], today: string): EligibilityCheck {
  const { answers, errors } = parseAnswers(params);
  if (errors.length > 0) return { ok: false, errors };
  const withDate: Answers = { travelDate: today, ...answers };
  const evaluation = evaluate(withDate, rules);
  if (!evaluation.complete) {
    return {
      ok: false,
      errors: evaluation.missing.map((param) => ({ param, message: "required for this combination of answers" })),
    };
  }
  return { ok: true, answers: withDate, evaluation };
}
