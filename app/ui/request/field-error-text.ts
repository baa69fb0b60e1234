import type { getTranslations } from "next-intl/server";
import { dataKeys } from "@/i18n/message-keys";

/** The translator of the "Requests" messages, as getTranslations("Requests") gives it. */
type Translator = Awaited<ReturnType<typeof getTranslations<"Requests">>>;

/**
 * An error message that names its field ("Enter the date of the death", "Select the type of
 * registration"), for the field and the error summary: the field's `what` phrase in the
 * language's `fieldErrors` sentence; errors that are not about one field keep their own text.
 * The field and the error code come from the request's definition and its validation.
 */
export function fieldErrorText(t: Translator, field: string, error: string): string {
  const text = dataKeys(t);
  return text.has(`fieldErrors.${error}`)
    ? text(`fieldErrors.${error}`, { what: text(`fields.${field}.what`) })
    : text(`errors.${error}`);
}
