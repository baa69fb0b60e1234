import { getTranslations } from "next-intl/server";
import type { Field } from "@/lib/requests/types";

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
      {t(`errors.${error}`)}
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

  const common = { id: field.name, name: field.name, defaultValue: value, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined };
  const control =
    field.kind === "textarea" ? (
      <textarea className="textarea" rows={5} {...common} />
    ) : field.kind === "date" ? (
      <input className="input input--date" type="date" {...common} />
    ) : field.kind === "email" ? (
      <input className="input" type="email" autoComplete="email" spellCheck={false} dir="ltr" {...common} />
    ) : field.kind === "phone" ? (
      <input className="input" type="tel" autoComplete="tel" dir="ltr" {...common} />
    ) : field.kind === "passport" ? (
      <input className="input input--narrow" type="text" autoCapitalize="characters" spellCheck={false} dir="ltr" {...common} />
    ) : (
      <input className="input" type="text" autoComplete={field.name === "fullName" ? "name" : undefined} spellCheck={field.kind !== "name"} {...common} />
    );
  return (
    <div className={groupClass}>
      <label className="label" htmlFor={field.name}>
        {label}
      </label>
      {hintElement}
      {errorElement}
      {control}
    </div>
  );
}
