/**
 * A rule's conditions as data, `{ id, field, operator, value }`: the shape the rule editor
 * edits and the rules API publishes, read by one pure function. Which operators exist is
 * code (a new kind of condition needs a release and a test); their values are parameters.
 */
import type { AnswerField, Answers } from "../visa/answers";

type Base = {
  /** Message key under Visa.conditions: a statement of what must be true. */
  id: string;
  /** The answer the condition reads; it is only tested once that answer is given. */
  field: AnswerField;
  /**
   * The condition says whom the route is for rather than what they must do: a route that
   * fails it is simply not about this traveller, so it is not listed as "why not".
   */
  scope?: boolean;
};

export type Condition = Base &
  (
    | { operator: "eq" | "ne"; value: string }
    | { operator: "in" | "not_in"; value: string[] }
    | { operator: "lte"; value: number }
    /** `field` plus every field of `plus` (an unanswered one counts 0) is at most `value`. */
    | { operator: "sum_lte"; value: number; plus: AnswerField[] }
    /** An ISO date from `value.from` to `value.to`, both included; either may be left open. */
    | { operator: "within"; value: { from?: string; to?: string } }
  );

export type Operator = Condition["operator"];
export const OPERATORS = [
  "eq",
  "ne",
  "in",
  "not_in",
  "lte",
  "sum_lte",
  "within",
] as const satisfies readonly Operator[];

/** Whether the answers satisfy the condition. Called once `answers[condition.field]` is given. */
export function holds(condition: Condition, answers: Answers): boolean {
  const answer = answers[condition.field];
  switch (condition.operator) {
    case "eq":
      return answer === condition.value;
    case "ne":
      return answer !== condition.value;
    case "in":
      return condition.value.includes(String(answer));
    case "not_in":
      return !condition.value.includes(String(answer));
    case "lte":
      return Number(answer) <= condition.value;
    case "sum_lte":
      return (
        [condition.field, ...condition.plus].reduce((sum, field) => sum + Number(answers[field] ?? 0), 0) <=
        condition.value
      );
    case "within": {
      const day = String(answer);
      return (
        (!condition.value.from || day >= condition.value.from) && (!condition.value.to || day <= condition.value.to)
      );
    }
  }
}
