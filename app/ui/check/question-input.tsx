import { getLocale, getTranslations } from "next-intl/server";
import { ANSWER_SCHEMAS, isNumberField, type AnswerField } from "@/lib/visa/answers";
import { COUNTRY_CODES } from "@/lib/visa/countries";
import { dataKeys } from "@/i18n/message-keys";

const FIRST_COUNTRIES = ["PK", "BY"];

/** The control for one question: radios for a choice, a country list, a date or a number. */
export async function QuestionInput({
  field,
  current,
  errorId,
}: {
  field: AnswerField;
  current: string;
  errorId?: string;
}) {
  const t = await getTranslations("Visa.questions");
  const locale = await getLocale();
  const describedBy =
    [dataKeys(t).has(`${field}.hint`) ? `${field}-hint` : null, errorId].filter(Boolean).join(" ") || undefined;

  if (field === "nationality") {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const collator = new Intl.Collator(locale);
    const others = COUNTRY_CODES.filter((c) => !FIRST_COUNTRIES.includes(c)).sort((a, b) =>
      collator.compare(names.of(a)!, names.of(b)!),
    );
    return (
      <select className="select" id={field} name={field} defaultValue={current} aria-describedby={describedBy}>
        <option value="">{t("nationality.choose")}</option>
        {[...FIRST_COUNTRIES, ...others].map((code) => (
          <option key={code} value={code}>
            {names.of(code)}
          </option>
        ))}
      </select>
    );
  }
  if (field === "travelDate") {
    return (
      <input
        className="input input--date"
        type="date"
        id={field}
        name={field}
        defaultValue={current}
        aria-describedby={describedBy}
      />
    );
  }
  if (isNumberField(field)) {
    return (
      <span className="input-suffix">
        <input
          className="input input--narrow"
          type="text"
          inputMode="numeric"
          id={field}
          name={field}
          defaultValue={current}
          aria-describedby={describedBy}
        />
        <span>{t(`${field}.suffix`)}</span>
      </span>
    );
  }
  const options = (ANSWER_SCHEMAS[field] as { options: readonly string[] }).options;
  return (
    <div className="radios">
      {options.map((option, i) => (
        <div className="radio" key={option}>
          <input
            type="radio"
            id={i === 0 ? field : `${field}-${option}`}
            name={field}
            value={option}
            defaultChecked={current === option}
            aria-describedby={describedBy}
          />
          <label htmlFor={i === 0 ? field : `${field}-${option}`}>{dataKeys(t)(`${field}.options.${option}`)}</label>
        </div>
      ))}
    </div>
  );
}
