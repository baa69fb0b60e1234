/**
 * The pages of a request, in order: its question steps, contact details, attachments
 * (where the service takes documents) and check-your-answers. Pure.
 */
import { REQUEST_DEFINITIONS, stepSchema, stepsOf, type RequestType } from "./types";

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

/** Validates one step's typed answers: the cleaned values, or an error key per field. */
export function validateStep(type: RequestType, stepId: string, answers: Record<string, string>) {
  const step = stepsOf(type).find((s) => s.id === stepId)!;
  const values = Object.fromEntries(step.fields.map((f) => [f.name, answers[f.name] ?? ""]));
  const parsed = stepSchema(step).safeParse(values);
  if (parsed.success) return { ok: true as const, values: parsed.data as Record<string, string | undefined> };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
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
