import { getTranslations } from "next-intl/server";
import type { Field } from "@/lib/requests/types";
import { FormGroup, type ControlProps } from "../form-group";

type Translator = Awaited<ReturnType<typeof getTranslations<"Requests">>>;

/** An error message that names its field ("Enter the date of the death"), for the field and the error summary. */
export function fieldErrorText(t: Translator, field: string, error: string): string {
  const key = `fieldErrors.${error}` as Parameters<Translator>[0];
  return t.has(key) ? t(key, { what: t(`fields.${field}.what` as Parameters<Translator>[0]) }) : t(`errors.${error}` as Parameters<Translator>[0]);
}

/** One question of a request form, GOV.UK style: label, hint, error, control, with the typed value kept. */
export async function QuestionField({ field, value, error }: { field: Field; value: string; error?: string }) {
  const t = await getTranslations("Requests");
  const label = t(`fields.${field.name}.label`);
  const hintKey = `fields.${field.name}.hint`;
  const hint = t.has(hintKey) ? t(hintKey) : null;
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
                  <label htmlFor={id}>{t(`fields.${field.name}.options.${option}`)}</label>
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
    if (field.kind === "date") return <input className="input input--date" type="date" {...common} />;
    if (field.kind === "email") return <input className="input" type="email" autoComplete="email" spellCheck={false} dir="ltr" {...common} />;
    if (field.kind === "phone") return <input className="input" type="tel" autoComplete="tel" dir="ltr" {...common} />;
    if (field.kind === "passport") return <input className="input input--narrow" type="text" autoCapitalize="characters" spellCheck={false} dir="ltr" {...common} />;
    return <input className="input" type="text" autoComplete={field.name === "fullName" ? "name" : undefined} spellCheck={field.kind !== "name"} {...common} />;
  };
  return (
    <FormGroup id={field.name} label={label} hint={hint} error={error && fieldErrorText(t, field.name, error)} errorPrefix={t("form.errorTitlePrefix")}>
      {control}
    </FormGroup>
  );
}
