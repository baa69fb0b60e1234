import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readBooking } from "@/lib/appointments/booking-cookie";
import { DETAIL_FIELDS } from "@/lib/appointments/booking-schema";
import { requestParam, requestToLink } from "@/lib/appointments/request-link";
import { isServiceId } from "@/lib/appointments/slots";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { BookingFields, BookingFormErrors } from "@/ui/appointments/person-fields";
import { RequestLinkNote } from "@/ui/appointments/request-link-note";
import { saveDetails } from "../../actions";
import { getPathname } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/appointments/[service]/details">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Appointments.pages" });
  const prefix = (await searchParams).invalid
    ? `${(await getTranslations({ locale, namespace: "Requests" }))("form.errorTitlePrefix")} `
    : "";
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
  const request = requestParam(query.request);
  const linked = (await requestToLink(request))?.reference;
  return (
    <>
      <a
        className="back-link"
        href={`${getPathname({ locale, href: `/appointments/${service}` })}${linked ? `?request=${encodeURIComponent(linked)}` : ""}`}
      >
        {t("pages.back")}
      </a>
      <BookingFormErrors locale={locale} fields={fields} errors={errors} />
      <p className="muted">
        {t("pages.slot", { service: t(`services.${service}`), time: formatEmbassyTime(when, locale) })}
      </p>
      <RequestLinkNote locale={locale} asked={request} linked={linked} />
      <h1>{t("pages.detailsTitle")}</h1>
      <p>{t("pages.detailsLead")}</p>
      <form action={saveDetails} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="service" value={service} />
        <input type="hidden" name="start" value={start} />
        {linked && <input type="hidden" name="request" value={linked} />}
        <BookingFields locale={locale} fields={fields} values={mine?.values} errors={errors} />
        <button type="submit" className="button">
          {requests("form.continue")}
        </button>
      </form>
    </>
  );
}
