/**
 * The pages of a request, in order: its question steps, contact details, attachments
 * (where the service takes documents) and check-your-answers. Pure.
 */
import { combineDateParts, DATE_PARTS, partName, type DateError } from "./date-parts";
import { REQUEST_DEFINITIONS, stepSchema, stepsOf, type Field, type RequestType } from "./types";

export const ATTACHMENTS = "attachments";
export const CHECK = "check";

export function pagesOf(type: RequestType): string[] {
  return [...stepsOf(type).map((s) => s.id), ...(REQUEST_DEFINITIONS[type].attachments ? [ATTACHMENTS] : []), CHECK];
}

export function pageAfter(type: RequestType, page: string): string {
  const pages = pagesOf(type);
  return pages[Math.min(pages.indexOf(page) + 1, pages.length - 1)]!;
}

export function pageBefore(type: RequestType, page: string): string | null {
  const pages = pagesOf(type);
  return pages[pages.indexOf(page) - 1] ?? null;
}

export type FieldErrors = Record<string, string>;

/** The names under which a field's typed answer is kept: a date's three boxes, or the field itself. */
export function answerNames(field: Field): string[] {
  return field.kind === "date" ? DATE_PARTS.map((part) => partName(field.name, part)) : [field.name];
}

/**
 * A field's answer as its schema takes it. A date typed in boxes becomes an ISO date, or an
 * error naming the part that is wrong; an ISO date kept whole (an older draft) passes as is.
 */
function answerOf(field: Field, answers: Record<string, string>): { value: string; error?: DateError } {
  const names = answerNames(field);
  if (field.kind !== "date" || !names.some((name) => name in answers)) return { value: answers[field.name] ?? "" };
  const combined = combineDateParts({
    day: answers[names[0]!] ?? "",
    month: answers[names[1]!] ?? "",
    year: answers[names[2]!] ?? "",
  });
  if (combined.ok) return { value: combined.value };
  // An optional date left wholly empty is no error.
  return field.optional && combined.error === "required" ? { value: "" } : { value: "", error: combined.error };
}

/** Validates one step's typed answers: the cleaned values, or an error key per field. */
export function validateStep(type: RequestType, stepId: string, answers: Record<string, string>) {
  const step = stepsOf(type).find((s) => s.id === stepId)!;
  const read = step.fields.map((f) => [f.name, answerOf(f, answers)] as const);
  const errors: FieldErrors = Object.fromEntries(read.filter(([, a]) => a.error).map(([name, a]) => [name, a.error!]));
  const parsed = stepSchema(step).safeParse(Object.fromEntries(read.map(([name, a]) => [name, a.value])));
  if (parsed.success && Object.keys(errors).length === 0)
    return { ok: true as const, values: parsed.data as Record<string, string | undefined> };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0]);
    errors[field] ??= issue.message;
  }
  return { ok: false as const, errors };
}

/** Every step at once, as the final submission needs it: the first invalid step, or all cleaned answers. */
export function validateRequest(type: RequestType, answers: Record<string, string>) {
  const values: Record<string, string | undefined> = {};
  for (const step of stepsOf(type)) {
    const result = validateStep(type, step.id, answers);
    if (!result.ok) return { ok: false as const, step: step.id, errors: result.errors };
    Object.assign(values, result.values);
  }
  return { ok: true as const, values };
}
