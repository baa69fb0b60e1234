/**
 * The checker's pages as a journey: which page a set of answers belongs on, and the URLs
 * between them. Answers travel in the query string (GOV.UK smart-answers ADR 002), so
 * every step is a plain GET that works without JavaScript and can be bookmarked or shared.
 */
import { ANSWER_FIELDS, answersToQuery, parseAnswers, type AnswerField, type Answers, type ParamError } from "./answers";
import { evaluate, relevantAnswers } from "./evaluate";
import type { Rule } from "./rules";

/** Hidden field naming the question a form submitted, so a page tells "showing" from "answering". */
export const SUBMITTED = "answered";

export function isQuestion(value: string): value is AnswerField {
  return (ANSWER_FIELDS as string[]).includes(value);
}

export function stepUrl(locale: string, step: AnswerField | "result", answers: Answers): string {
  const query = answersToQuery(answers);
  return `/${locale}/check/${step}${query ? `?${query}` : ""}`;
}

/** Where these answers lead: the next unanswered question, or the result. */
export function nextUrl(locale: string, answers: Answers, rules: readonly Rule[]): string {
  const evaluation = evaluate(answers, rules);
  return stepUrl(locale, evaluation.complete ? "result" : evaluation.next, answers);
}

export type QuestionPage =
  | { kind: "redirect"; to: string }
  | { kind: "show"; answers: Answers; asked: AnswerField[]; error: ParamError | null; current: string };

/**
 * Decides what /check/{question} shows. A submitted valid answer moves on; a submitted
 * empty or invalid one is shown again with its error; a question that the answers do not
 * make relevant sends the visitor to the step that is.
 */
export function resolveQuestionPage(locale: string, question: AnswerField, params: URLSearchParams, rules: readonly Rule[]): QuestionPage {
  const { answers, errors } = parseAnswers(params);
  const submitted = params.get(SUBMITTED) === question;
  const { answers: relevant, asked } = relevantAnswers(answers, rules);
  if (!asked.includes(question)) return { kind: "redirect", to: nextUrl(locale, relevant, rules) };

  const ownError = errors.find((e) => e.param === question) ?? null;
  if (submitted && !ownError && relevant[question] !== undefined) return { kind: "redirect", to: nextUrl(locale, relevant, rules) };

  const error = submitted ? (ownError ?? { param: question, message: "required" }) : null;
  return { kind: "show", answers: relevant, asked, error, current: params.get(question) ?? "" };
}
