/**
 * The checker's pages as a journey: which page a set of answers belongs on, and the URLs
 * between them. Answers travel in the query string (GOV.UK smart-answers ADR 002), so
 * every step is a plain GET that works without JavaScript and can be bookmarked or shared.
 *
 * A page asks one question, or a few that the same route always needs together (a trip's
 * dates, the conditions of a journey): a page shows only those of its questions that the
 * answers so far still need, so nothing that cannot change the outcome is asked.
 */
import { getPathname } from "@/i18n/pathname";
import {
  ANSWER_FIELDS,
  answersToQuery,
  parseAnswers,
  type AnswerField,
  type Answers,
  type ParamError,
} from "./answers";
import { evaluate } from "./evaluate";
import type { Rule } from "./rules";

/** The question pages, in the order of their questions (ANSWER_FIELDS). */
export const QUESTION_PAGES = {
  destination: ["destination", "nationality"],
  validPassport: ["validPassport"],
  passport: ["passport"],
  purpose: ["purpose"],
  euVisa: ["euVisa"],
  euVisaUsed: ["euVisaUsed"],
  trip: ["travelDate", "stayDays", "visaFreeDaysThisYear"],
  journey: ["entryPoint", "viaRussia", "returnTicket", "insurance"],
  business: ["businessDocument", "sponsorClearance"],
} as const satisfies Record<string, readonly AnswerField[]>;
export type PageId = keyof typeof QUESTION_PAGES;
export const PAGE_IDS = Object.keys(QUESTION_PAGES) as PageId[];

const PAGE_OF = new Map<AnswerField, PageId>(
  PAGE_IDS.flatMap((id) => QUESTION_PAGES[id].map((field) => [field, id] as const)),
);

/** The page that asks a question. */
export function pageOf(field: AnswerField): PageId {
  return PAGE_OF.get(field)!;
}

/** Hidden field naming the page a form submitted, so a page tells "showing" from "answering". */
export const SUBMITTED = "answered";

export function isPage(value: string): value is PageId {
  return (PAGE_IDS as string[]).includes(value);
}

export function isQuestion(value: string): value is AnswerField {
  return (ANSWER_FIELDS as string[]).includes(value);
}

/** A page as this traveller sees it: the questions of it that their answers still need. */
export type AskedPage = { id: PageId; fields: AnswerField[] };

/**
 * The pages the answers lead through, and the answers that matter for that route: those
 * the pages actually asked. Used to drop answers an earlier change made irrelevant, so URLs
 * and "your answers" stay true, and to count the questions each outcome takes.
 */
export function relevantAnswers(
  answers: Answers,
  rules: readonly Rule[],
): { answers: Answers; asked: AnswerField[]; pages: AskedPage[] } {
  const kept: Answers = {};
  const pages: AskedPage[] = [];
  for (let step = 0; step < PAGE_IDS.length * 2; step++) {
    const evaluation = evaluate(kept, rules);
    if (evaluation.complete) break;
    const id = pageOf(evaluation.next);
    const fields = QUESTION_PAGES[id].filter((field) => evaluation.missing.includes(field));
    pages.push({ id, fields });
    if (fields.some((field) => answers[field] === undefined)) break;
    for (const field of fields) Object.assign(kept, { [field]: answers[field] });
  }
  return { answers: kept, asked: pages.flatMap((p) => p.fields), pages };
}

export function stepUrl(locale: string, step: PageId | "result", answers: Answers): string {
  const query = answersToQuery(answers);
  return getPathname({ locale, href: `/check/${step}${query ? `?${query}` : ""}` });
}

/** Where these answers lead: the next page with an unanswered question, or the result. */
export function nextUrl(locale: string, answers: Answers, rules: readonly Rule[]): string {
  const evaluation = evaluate(answers, rules);
  return stepUrl(locale, evaluation.complete ? "result" : pageOf(evaluation.next), answers);
}

export type QuestionPage =
  | { kind: "redirect"; to: string }
  | {
      kind: "show";
      answers: Answers;
      pages: AskedPage[];
      fields: AnswerField[];
      errors: ParamError[];
      /** What was typed or chosen, per question, to show again. */
      current: Partial<Record<AnswerField, string>>;
    };

/**
 * Decides what /check/{page} shows. A submitted page whose questions all have valid
 * answers moves on; otherwise it is shown again with an error for each question left
 * empty or invalid; a page that the answers do not make relevant sends the visitor to the
 * step that is.
 */
export function resolveQuestionPage(
  locale: string,
  id: PageId,
  params: URLSearchParams,
  rules: readonly Rule[],
): QuestionPage {
  const { answers, errors } = parseAnswers(params, { typed: true });
  const submitted = params.get(SUBMITTED) === id;
  const { answers: relevant, pages } = relevantAnswers(answers, rules);
  const page = pages.find((p) => p.id === id);
  if (!page) return { kind: "redirect", to: nextUrl(locale, relevant, rules) };

  const own = page.fields.map(
    (field): ParamError | null =>
      errors.find((e) => e.param === field) ??
      (answers[field] === undefined ? { param: field, code: "required", message: "required" } : null),
  );
  const pageErrors = own.filter((e): e is ParamError => e !== null);
  if (submitted && pageErrors.length === 0) return { kind: "redirect", to: nextUrl(locale, relevant, rules) };

  const current = Object.fromEntries(page.fields.map((field) => [field, params.get(field) ?? ""]));
  return { kind: "show", answers: relevant, pages, fields: page.fields, errors: submitted ? pageErrors : [], current };
}
