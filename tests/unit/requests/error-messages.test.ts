// Every request-form error names its field, in every language, so an error summary never
// lists the same words twice ("Enter an answer" five times on the bereavement form).
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../app/i18n/locales";
import { dataKeys } from "../../../app/i18n/message-keys";
import { validateStep } from "../../../app/lib/requests/journey";
import { REQUEST_TYPES, stepsOf } from "../../../app/lib/requests/types";
import { fieldErrorText } from "../../../app/ui/request/field-error-text";

const FIELD_ERRORS = [
  "required",
  "choose",
  "tooLong",
  "invalidCharacters",
  "nameCharacters",
  "nameMixedScripts",
  "email",
  "phone",
  "passport",
  "date",
  "datePast",
  "dateFuture",
  "dateDay",
  "dateMonth",
  "dateYear",
];

describe.each(LOCALES)("request-form errors in %s", async (locale) => {
  const messages = (await import(`../../../app/i18n/messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "Requests" }) as unknown as Parameters<
    typeof fieldErrorText
  >[0];

  it("are distinct on every page when every question is left unanswered", () => {
    for (const type of REQUEST_TYPES) {
      for (const step of stepsOf(type)) {
        const result = validateStep(type, step.id, {});
        if (result.ok) continue;
        const texts = Object.entries(result.errors).map(([field, error]) => fieldErrorText(t, field, error));
        expect(new Set(texts).size, `${type}/${step.id}: ${texts.join(" | ")}`).toBe(texts.length);
      }
    }
  });

  it("name the field, whatever the error", () => {
    for (const field of REQUEST_TYPES.flatMap(stepsOf).flatMap((s) => s.fields)) {
      const what = dataKeys(t)(`fields.${field.name}.what`);
      for (const error of FIELD_ERRORS)
        expect(fieldErrorText(t, field.name, error), `${field.name}/${error}`).toContain(what);
    }
  });
});

it("the bereavement form names each of its five questions in English", async () => {
  const messages = (await import("../../../app/i18n/messages/en.json")).default;
  const t = createTranslator({ locale: "en", messages, namespace: "Requests" }) as unknown as Parameters<
    typeof fieldErrorText
  >[0];
  const result = validateStep("bereavement", "deceased", {});
  expect(result.ok).toBe(false);
  const texts = Object.entries(result.ok ? {} : result.errors).map(([field, error]) => fieldErrorText(t, field, error));
  expect(texts).toEqual([
    "Enter the full name of the person who died",
    "Enter the date of the death",
    "Enter where they died",
    "Enter how you were related to them",
    "Enter the help you need",
  ]);
});
