import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";

/** How each field of the booking forms is typed and read (Appointments.fields.<name>). */
const INPUT: Record<string, { type: string; autoComplete: string; ltr?: boolean }> = {
  name: { type: "text", autoComplete: "name" },
  email: { type: "email", autoComplete: "email", ltr: true },
  phone: { type: "tel", autoComplete: "tel", ltr: true },
  passportNumber: { type: "text", autoComplete: "off", ltr: true },
  purpose: { type: "text", autoComplete: "off" },
  fromDay: { type: "date", autoComplete: "off", ltr: true },
  toDay: { type: "date", autoComplete: "off", ltr: true },
};

/** `locale`: the page's language (the staff workspace's, for the staff form). */
type Props = {
  locale: string;
  fields: readonly string[];
  values?: Record<string, string>;
  errors: Record<string, string>;
};

/** The error summary of a booking form: first on the page, each message a link to its field (Requests.errors.<key>). */
export async function BookingFormErrors({ locale, fields, errors }: Omit<Props, "values">) {
  const requests = await getTranslations({ locale, namespace: "Requests" });
  return (
    <ErrorSummary
      title={requests("form.errorSummary")}
      errors={fields
        .filter((f) => errors[f])
        .map((f) => ({ href: `#${f}`, text: requests(`errors.${errors[f]}` as "errors.required") }))}
    />
  );
}

/** The labelled inputs of a booking form (details, wait-list, an offer), with what was typed and each field's error. */
export async function BookingFields({ locale, fields, values, errors }: Props) {
  const [t, requests] = [
    await getTranslations({ locale, namespace: "Appointments" }),
    await getTranslations({ locale, namespace: "Requests" }),
  ];
  return fields.map((field) => (
    <FormGroup
      key={field}
      id={field}
      label={t(`fields.${field}.label` as "fields.name.label")}
      hint={t(`fields.${field}.hint` as "fields.name.hint")}
      error={errors[field] ? requests(`errors.${errors[field]}` as "errors.required") : undefined}
      errorPrefix={requests("form.errorTitlePrefix")}
    >
      {(control) => (
        <input
          {...control}
          className={`input${INPUT[field]!.ltr ? " input--narrow" : ""}`}
          type={INPUT[field]!.type}
          autoComplete={INPUT[field]!.autoComplete}
          dir={INPUT[field]!.ltr ? "ltr" : "auto"}
          defaultValue={values?.[field] ?? ""}
          spellCheck={false}
        />
      )}
    </FormGroup>
  ));
}
