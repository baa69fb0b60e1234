/**
 * What a proposed change to the rule parameters does to the reference scenarios: each
 * scenario is evaluated under the rules in force and under the proposal, and every one
 * whose answer changes is listed with both answers. Shown to staff before a second
 * person approves the change (issue 17). Pure.
 */
import type { AnswerField } from "../visa/answers";
import { evaluate } from "../visa/evaluate";
import { rulesFor, type Outcome, type Rule, type RuleId } from "../visa/rules";
import type { RuleParameters } from "./parameters";
import type { Scenario } from "./scenarios";

/** A scenario's answer under one set of rules, or the questions it leaves open (a change can add one). */
export type ScenarioAnswer =
  | {
      complete: true;
      outcome: Outcome;
      ruleId: RuleId;
      /** The list of next steps shown (a key under Visa.steps): the rule's, or the one its advice puts instead. */
      steps: string;
      advice: string[];
      /** The rule's amounts in euros (null: not known), by fee label. */
      fees: { label: string; amount: number | null }[];
    }
  | { complete: false; needs: AnswerField[] };

export type Change = "outcome" | "steps" | "advice" | "fees" | "questions";

export type ScenarioImpact<S extends Scenario = Scenario> = {
  scenario: S;
  before: ScenarioAnswer;
  after: ScenarioAnswer;
  changes: Change[];
};

export function answerOf(scenario: Scenario, rules: readonly Rule[]): ScenarioAnswer {
  const evaluation = evaluate(scenario.answers, rules);
  if (!evaluation.complete) return { complete: false, needs: evaluation.missing };
  const { rule } = evaluation.rule;
  return {
    complete: true,
    outcome: evaluation.outcome,
    ruleId: rule.id,
    steps: rule.advice.find((a) => a.steps && evaluation.advice.includes(a.id))?.steps ?? rule.steps,
    advice: evaluation.advice,
    fees: rule.fees.flatMap((line) => (line.kind === "amount" ? [{ label: line.label, amount: line.amount }] : [])),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changesBetween(before: ScenarioAnswer, after: ScenarioAnswer): Change[] {
  if (!before.complete || !after.complete)
    return before.complete === after.complete && same(before, after) ? [] : ["questions"];
  const changes: Change[] = [];
  if (before.outcome !== after.outcome || before.ruleId !== after.ruleId) changes.push("outcome");
  if (before.steps !== after.steps) changes.push("steps");
  if (!same(before.advice, after.advice)) changes.push("advice");
  if (!same(before.fees, after.fees)) changes.push("fees");
  return changes;
}

/** Every scenario whose outcome, steps, advice, fees or open questions differ between the two parameter sets. */
export function impactOf<S extends Scenario>(
  scenarios: readonly S[],
  currentParameters: RuleParameters,
  proposedParameters: RuleParameters,
): ScenarioImpact<S>[] {
  const current = rulesFor(currentParameters);
  const proposed = rulesFor(proposedParameters);
  return scenarios.flatMap((scenario) => {
    const before = answerOf(scenario, current);
    const after = answerOf(scenario, proposed);
    const changes = changesBetween(before, after);
    return changes.length > 0 ? [{ scenario, before, after, changes }] : [];
  });
}
