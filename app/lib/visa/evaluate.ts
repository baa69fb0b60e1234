/**
 * Evaluates answers against the rules in force on the travel date. One pure function,
 * used by the wizard (which question next, and the result), the visa information pages
 * and the public API. It never throws for any combination of valid answers.
 */
import { ANSWER_FIELDS, type AnswerField, type Answers } from "./answers";
import { holds } from "../rules/conditions";
import { type Advice, type Condition, type Outcome, type Rule } from "./rules";

export type ConditionStatus = "met" | "not_met" | "unanswered";
export type ConditionResult = { id: string; field: AnswerField; answer: Answers[AnswerField]; status: ConditionStatus };
export type RuleResult = { rule: Rule; status: "met" | "failed" | "open"; conditions: ConditionResult[] };

export type Evaluation =
  | { complete: false; next: AnswerField; missing: AnswerField[] }
  | {
      complete: true;
      outcome: Outcome;
      rule: RuleResult;
      /** Routes the traveller is in scope of but does not qualify for, with the conditions that failed. */
      whyNot: RuleResult[];
      /** Other routes still open to the traveller, and advice that applies. */
      alternatives: RuleResult[];
      advice: string[];
    };

/** The rule's own conditions, plus "in force on the travel date" where it has dates. */
export function conditionsOf(rule: Rule): Condition[] {
  if (!rule.validFrom && !rule.validTo) return rule.conditions;
  const inForce: Condition = {
    id: "in_force",
    field: "travelDate",
    operator: "within",
    value: { ...(rule.validFrom ? { from: rule.validFrom } : {}), ...(rule.validTo ? { to: rule.validTo } : {}) },
  };
  return [...rule.conditions, inForce];
}

export function checkRule(rule: Rule, answers: Answers): RuleResult {
  const conditions = conditionsOf(rule).map((condition): ConditionResult => {
    const answer = answers[condition.field];
    const status = answer === undefined ? "unanswered" : holds(condition, answers) ? "met" : "not_met";
    return { id: condition.id, field: condition.field, answer, status };
  });
  const status = conditions.some((c) => c.status === "not_met")
    ? "failed"
    : conditions.some((c) => c.status === "unanswered")
      ? "open"
      : "met";
  return { rule, status, conditions };
}

/** A route that fails a condition saying whom it is for is not about this traveller (Condition.scope). */
function inScope(result: RuleResult): boolean {
  const whom = new Set(result.rule.conditions.filter((c) => c.scope).map((c) => c.id));
  return !result.conditions.some((c) => c.status === "not_met" && whom.has(c.id));
}

/** The answers, in question order, that the rule still needs. */
function stillNeeded(result: RuleResult, answers: Answers): AnswerField[] {
  const needed = new Set<AnswerField>(result.conditions.filter((c) => c.status === "unanswered").map((c) => c.field));
  for (const field of result.rule.asks ?? []) if (answers[field] === undefined) needed.add(field);
  return ANSWER_FIELDS.filter((field) => needed.has(field));
}

/** The answers every rule of every destination reads: needed as soon as the destination is. */
function readByEveryRule(rules: readonly Rule[]): AnswerField[] {
  const fields = rules.map((rule) => new Set(rule.conditions.map((c) => c.field)));
  return ANSWER_FIELDS.filter((field) => fields.every((set) => set.has(field)));
}

/** Advice applies when each of its conditions is answered and holds. */
const applies = (advice: Advice, answers: Answers) =>
  advice.when.every((c) => answers[c.field] !== undefined && holds(c, answers));

export function evaluate(answers: Answers, rules: readonly Rule[]): Evaluation {
  if (!answers.destination) {
    return {
      complete: false,
      next: "destination",
      missing: ["destination", ...readByEveryRule(rules).filter((f) => answers[f] === undefined)],
    };
  }
  const candidates = rules.filter((rule) => rule.destination === answers.destination);
  const whyNot: RuleResult[] = [];

  for (const [index, rule] of candidates.entries()) {
    const result = checkRule(rule, answers);
    if (result.status === "failed") {
      if (!rule.fallback && inScope(result)) whyNot.push(result);
      continue;
    }
    const missing = stillNeeded(result, answers);
    if (missing.length > 0) return { complete: false, next: missing[0]!, missing };

    const alternatives = candidates
      .slice(index + 1)
      .filter((later) => !later.fallback)
      .map((later) => checkRule(later, answers))
      .filter((later) => later.status !== "failed" && later.rule.outcome !== rule.outcome);
    const advice = rule.advice.filter((a) => applies(a, answers)).map((a) => a.id);
    return { complete: true, outcome: rule.outcome, rule: result, whyNot, alternatives, advice };
  }
  // Each destination's list ends with fallbacks that together cover every nationality.
  throw new Error(`No rule for destination ${answers.destination}: the rule table is incomplete`);
}
