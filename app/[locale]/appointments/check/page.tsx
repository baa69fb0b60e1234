import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readBooking } from "@/lib/appointments/booking-cookie";
import { DETAIL_FIELDS } from "@/lib/appointments/booking-schema";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { confirmBooking } from "../actions";
import { getPathname, redirect } from "@/i18n/navigation";
import { Notice } from "@/ui/notice";

export async function generateMetadata({ params }: PageProps<"/[locale]/appointments/check">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Appointments.pages" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckPage({ params, searchParams }: PageProps<"/[locale]/appointments/check">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const state = await readBooking();
  if (!state || state.booked) redirect({ locale, href: "/appointments?expired=1" });
  const t = await getTranslations("Appointments");
  const requests = await getTranslations("Requests");
  const query = await searchParams;
  const details = `${getPathname({ locale, href: `/appointments/${state.service}/details` })}?start=${encodeURIComponent(state.start)}${state.request ? `&request=${encodeURIComponent(state.request)}` : ""}`;
  const fields = DETAIL_FIELDS.filter((f) => f !== "purpose" || state.service === "visa");
  return (
    <>
      {(query.alreadyBooked || query.limited) && (
        <Notice
          kind="error"
          text={query.alreadyBooked ? t("pages.alreadyBooked") : requests("errors.tooManyRequests")}
        />
      )}
      <h1>{t("pages.checkTitle")}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("pages.service")}</dt>
          <dd>{t(`services.${state.service}` as "services.visa")}</dd>
          <dd>
            <a href={getPathname({ locale, href: "/appointments" })}>
              {requests("form.change")}
              <span className="visually-hidden"> {t("pages.service")}</span>
            </a>
          </dd>
        </div>
        <div>
          <dt>{t("pages.time")}</dt>
          <dd>{formatEmbassyTime(new Date(state.start), locale)}</dd>
          <dd>
            <a href={getPathname({ locale, href: `/appointments/${state.service}` })}>
              {requests("form.change")}
              <span className="visually-hidden"> {t("pages.time")}</span>
            </a>
          </dd>
        </div>
        {state.request && (
          <div>
            <dt>{t("pages.request")}</dt>
            <dd className="ltr">{state.request}</dd>
          </div>
        )}
        {fields.map((field) => (
          <div key={field}>
            <dt>{t(`fields.${field}.label`)}</dt>
            <dd dir="auto">{state.values[field]}</dd>
            <dd>
              <a href={`${details}#${field}`}>
                {requests("form.change")}
                <span className="visually-hidden"> {t(`fields.${field}.label`)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p>{t("pages.free")}</p>
      <form action={confirmBooking}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button">
          {t("pages.book")}
        </button>
      </form>
    </>
  );
}
