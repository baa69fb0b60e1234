/**
 * Answers as staff read them: each with its question's label and, for a choice, the
 * chosen option's label, from the public site's own messages (Requests.fields.*) in the
 * staff member's language; dates written out in that language. What the applicant typed
 * stays as typed and is marked as free text, so the page can mark its language.
 */
import { formatDay } from "../embassy-time";
import type { Answer } from "./request-view";

/** next-intl's translator for the "Requests.fields" namespace (or anything shaped like it). */
export type FieldMessages = { (key: string): string; has(key: string): boolean };

export type LabelledAnswer = {
  name: string;
  label: string;
  value: string;
  /** Typed by the applicant, in their language: shown as typed, with its lang attribute. */
  freeText: boolean;
  /** A code or number read left to right whatever the page's direction. */
  code: boolean;
};

const FREE_TEXT = new Set(["text", "textarea", "name"]);
const CODES = new Set(["passport", "phone", "email"]);

export function labelAnswers(answers: Answer[], t: FieldMessages, locale: string): LabelledAnswer[] {
  return answers.map(({ name, kind, value }) => {
    const label = t.has(`${name}.label`) ? t(`${name}.label`) : name;
    const option = `${name}.options.${value}`;
    const shown = kind === "radio" && t.has(option) ? t(option) : kind === "date" ? formatDay(value, locale) : value;
    return { name, label, value: shown, freeText: FREE_TEXT.has(kind), code: CODES.has(kind) };
  });
}
