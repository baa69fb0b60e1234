import { getTranslations } from "next-intl/server";
import { DATE_PARTS, partName, partsInError } from "@/lib/requests/date-parts";
import type { Field } from "@/lib/requests/types";
import { FormGroup, type ControlProps } from "../form-group";
import { fieldErrorText } from "./field-error-text";
import { dataKeys } from "@/i18n/message-keys";

/** One question of a request form, GOV.UK style: label, hint, error, control, with the typed value kept. */
export async function QuestionField({
  field,
  answers,
  error,
}: {
  field: Field;
  answers: Record<string, string>;
  error?: string;
}) {
  const value = answers[field.name] ?? "";
  const t = await getTranslations("Requests");
  const label = dataKeys(t)(`fields.${field.name}.label`);
  const hintKey = `fields.${field.name}.hint`;
  const hint = dataKeys(t).has(hintKey) ? dataKeys(t)(hintKey) : null;
  const ids = { hint: `${field.name}-hint`, error: `${field.name}-error` };
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  const hintElement = hint && (
    <p className="hint" id={ids.hint}>
      {hint}
    </p>
  );
  const errorElement = error && (
    <p className="error-message" id={ids.error}>
      <span className="visually-hidden">{t("form.errorTitlePrefix")} </span>
      {fieldErrorText(t, field.name, error)}
    </p>
  );
  const groupClass = `form-group${error ? " form-group--error" : ""}`;

  if (field.kind === "radio") {
    return (
      <div className={groupClass}>
        <fieldset aria-describedby={describedBy}>
          <legend className="label">{label}</legend>
          {hintElement}
          {errorElement}
          <div className="radios">
            {field.options!.map((option, i) => {
              const id = i === 0 ? field.name : `${field.name}-${option}`;
              return (
                <div className="radio" key={option}>
                  <input type="radio" id={id} name={field.name} value={option} defaultChecked={value === option} />
                  <label htmlFor={id}>{dataKeys(t)(`fields.${field.name}.options.${option}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }

  if (field.kind === "date") {
    // GOV.UK date input: day, month, year; a numeric keyboard on phones; each box marked when
    // the error is about it. The fieldset carries the field's id for links to the question.
    const marked = partsInError(error);
    return (
      <div className={groupClass}>
        <fieldset id={field.name} aria-describedby={describedBy}>
          <legend className="label">{label}</legend>
          {hintElement}
          {errorElement}
          <div className="date-input">
            {DATE_PARTS.map((part) => {
              const name = partName(field.name, part);
              return (
                <div className="date-input__item" key={part}>
                  <label className="date-input__label" htmlFor={name}>
                    {t(`form.${part}`)}
                  </label>
                  <input
                    className={`input date-input__${part}${marked.includes(part) ? " input--error" : ""}`}
                    id={name}
                    name={name}
                    type="text"
                    inputMode="numeric"
                    autoComplete={field.name === "dateOfBirth" ? `bday-${part}` : undefined}
                    maxLength={part === "year" ? 4 : 2}
                    dir="ltr"
                    defaultValue={
                      answers[name] ??
                      value.match(/^(\d{4})-(\d{2})-(\d{2})$/)?.[{ day: 3, month: 2, year: 1 }[part]] ??
                      ""
                    }
                    aria-invalid={marked.includes(part) || undefined}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }

  const control = (props: ControlProps) => {
    const common = { ...props, defaultValue: value };
    if (field.kind === "textarea") return <textarea className="textarea" rows={5} {...common} />;
    if (field.kind === "email")
      return <input className="input" type="email" autoComplete="email" spellCheck={false} dir="ltr" {...common} />;
    if (field.kind === "phone") return <input className="input" type="tel" autoComplete="tel" dir="ltr" {...common} />;
    if (field.kind === "passport")
      return (
        <input
          className="input input--narrow"
          type="text"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          {...common}
        />
      );
    return (
      <input
        className="input"
        type="text"
        autoComplete={field.name === "fullName" ? "name" : undefined}
        spellCheck={field.kind !== "name"}
        {...common}
      />
    );
  };
  return (
    <FormGroup
      id={field.name}
      label={label}
      hint={hint}
      error={error && fieldErrorText(t, field.name, error)}
      errorPrefix={t("form.errorTitlePrefix")}
    >
      {control}
    </FormGroup>
  );
}
