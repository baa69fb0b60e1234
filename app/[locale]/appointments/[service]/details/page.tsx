import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readBooking } from "@/lib/appointments/booking-cookie";
import { DETAIL_FIELDS } from "@/lib/appointments/booking-schema";
import { isServiceId } from "@/lib/appointments/slots";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { saveDetails } from "../../actions";
import { dataKeys } from "@/i18n/message-keys";
import { getPathname } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/appointments/[service]/details">;

const INPUT: Record<string, { type: string; autoComplete: string; ltr?: boolean }> = {
  name: { type: "text", autoComplete: "name" },
  email: { type: "email", autoComplete: "email", ltr: true },
  phone: { type: "tel", autoComplete: "tel", ltr: true },
  passportNumber: { type: "text", autoComplete: "off", ltr: true },
  purpose: { type: "text", autoComplete: "off" },
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Appointments.pages" });
  const prefix = (await searchParams).invalid ? `${(await getTranslations({ locale, namespace: "Requests" }))("form.errorTitlePrefix")} ` : "";
  return { title: `${prefix}${t("detailsTitle")}`, robots: { index: false } };
}

export default async function DetailsPage({ params, searchParams }: Props) {
  const { locale, service } = await params;
  if (!isServiceId(service)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const start = typeof query.start === "string" ? query.start.slice(0, 40) : "";
  const when = new Date(start);
  if (Number.isNaN(when.getTime())) redirect(getPathname({ locale, href: `/appointments/${service}` }));
  const t = await getTranslations("Appointments");
  const requests = await getTranslations("Requests");
  const state = await readBooking();
  const mine = state && !state.booked && state.service === service && state.start === start ? state : null;
  const errors = query.invalid && mine ? mine.errors : {};
  const fields = DETAIL_FIELDS.filter((f) => f !== "purpose" || service === "visa");
  return (
    <>
      <a className="back-link" href={getPathname({ locale, href: `/appointments/${service}` })}>
        {t("pages.back")}
      </a>
      <ErrorSummary title={requests("form.errorSummary")} errors={fields.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: dataKeys(requests)(`errors.${errors[f]}`) }))} />
      <p className="muted">{t("pages.slot", { service: t(`services.${service}`), time: formatEmbassyTime(when, locale) })}</p>
      <h1>{t("pages.detailsTitle")}</h1>
      <p>{t("pages.detailsLead")}</p>
      <form action={saveDetails} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="service" value={service} />
        <input type="hidden" name="start" value={start} />
        {fields.map((field) => (
          <FormGroup
            key={field}
            id={field}
            label={t(`fields.${field}.label`)}
            hint={t(`fields.${field}.hint`)}
            error={errors[field] ? dataKeys(requests)(`errors.${errors[field]}`) : undefined}
            errorPrefix={requests("form.errorTitlePrefix")}
          >
            {(control) => (
              <input
                {...control}
                className={`input${INPUT[field]!.ltr ? " input--narrow" : ""}`}
                type={INPUT[field]!.type}
                autoComplete={INPUT[field]!.autoComplete}
                dir={INPUT[field]!.ltr ? "ltr" : "auto"}
                defaultValue={mine?.values[field] ?? ""}
                spellCheck={false}
              />
            )}
          </FormGroup>
        ))}
        <button type="submit" className="button">
          {requests("form.continue")}
        </button>
      </form>
    </>
  );
}
