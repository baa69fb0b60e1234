// Staff read every answer with its question's label and its option's label, in their own
// language, from the public site's messages; free text stays as typed.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ru from "../../app/i18n/messages/ru.json";
import be from "../../app/i18n/messages/be.json";
import en from "../../app/i18n/messages/en.json";
import { formatDay } from "../../app/lib/embassy-time";
import { labelAnswers } from "../../app/lib/staff/answer-labels";
import { stepsOf } from "../../app/lib/requests/types";

const fields = (messages: typeof en, locale: string) =>
  createTranslator({ locale, messages, namespace: "Requests.fields" }) as never;

describe("answers with labels", () => {
  const answers = [
    { name: "documentList", kind: "textarea" as const, value: "Nikah nama, Union Council Lahore" },
    { name: "issuingCountry", kind: "radio" as const, value: "PK" },
    { name: "mofaAttested", kind: "radio" as const, value: "not_sure" },
    { name: "dateOfDeath", kind: "date" as const, value: "2026-11-20" },
    { name: "relativePassportNumber", kind: "passport" as const, value: "AB1234567" },
  ];

  it("labels questions and options in Russian, keeps free text as typed and marks it", () => {
    expect(labelAnswers(answers, fields(ru as never, "ru"), "ru")).toEqual([
      {
        name: "documentList",
        label: "Какие документы нужно легализовать?",
        value: "Nikah nama, Union Council Lahore",
        freeText: true,
        code: false,
      },
      { name: "issuingCountry", label: "Какая страна их выдала?", value: "Пакистан", freeText: false, code: false },
      {
        name: "mofaAttested",
        label: "Министерство иностранных дел Пакистана уже заверило их?",
        value: "Не уверен(а)",
        freeText: false,
        code: false,
      },
      { name: "dateOfDeath", label: "Дата смерти", value: "20 ноября 2026 г.", freeText: false, code: false },
      {
        name: "relativePassportNumber",
        label: "Номер паспорта родственника (необязательно)",
        value: "AB1234567",
        freeText: false,
        code: true,
      },
    ]);
  });

  it("labels in English too", () => {
    const [, country, attested] = labelAnswers(answers, fields(en, "en"), "en");
    expect([country!.value, attested!.value]).toEqual(["Pakistan", "I am not sure"]);
  });

  it("has a label for every question and option of every kind of request, in every staff language", () => {
    for (const messages of [ru, be, en]) {
      const t = fields(messages, "ru") as unknown as { has(key: string): boolean };
      for (const type of [
        "consular_registration",
        "legalization",
        "certificate_of_return",
        "invitation",
        "bereavement",
        "general_inquiry",
      ] as const) {
        for (const field of stepsOf(type).flatMap((s) => s.fields)) {
          expect(t.has(`${field.name}.label`), `${type}.${field.name}`).toBe(true);
          for (const option of field.options ?? [])
            expect(t.has(`${field.name}.options.${option}`), `${field.name}.${option}`).toBe(true);
        }
      }
    }
  });

  it("writes a day out and leaves anything else alone", () => {
    expect(formatDay("1990-03-27", "en")).toBe("March 27, 1990");
    expect(formatDay("not a day", "ru")).toBe("not a day");
  });
});
