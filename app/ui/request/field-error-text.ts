/** The translator of the "Requests" messages, as next-intl's getTranslations and createTranslator give it. */
type Translator = { (key: string, values?: Record<string, string>): string; has(key: string): boolean };

/**
 * An error message that names its field ("Enter the date of the death", "Select the type of
 * registration"), for the field and the error summary: the field's `what` phrase in the
 * language's `fieldErrors` sentence; errors that are not about one field keep their own text.
 */
export function fieldErrorText(t: Translator, field: string, error: string): string {
  return t.has(`fieldErrors.${error}`) ? t(`fieldErrors.${error}`, { what: t(`fields.${field}.what`) }) : t(`errors.${error}`);
}
