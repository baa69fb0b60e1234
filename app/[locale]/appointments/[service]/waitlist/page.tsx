import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readFormState } from "@/lib/appointments/booking-cookie";
import { WAITLIST_FIELDS } from "@/lib/appointments/booking-schema";
import { findService } from "@/lib/appointments/schedule";
import { isServiceId } from "@/lib/appointments/slots";
import { formatDay } from "@/lib/embassy-time";
import { readSettings } from "@/lib/settings/read-settings";
import { AppointmentNotes } from "@/ui/appointments/notes";
import { BookingFields, BookingFormErrors } from "@/ui/appointments/person-fields";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";
import { joinWaitlistForm } from "../../actions";
import { getPathname } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/appointments/[service]/waitlist">;

const OUTCOMES = ["joined", "freePlaces", "past", "notOffered", "limited"] as const;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Appointments.waitlist" });
  const prefix = (await searchParams).invalid
    ? `${(await getTranslations({ locale, namespace: "Requests" }))("form.errorTitlePrefix")} `
    : "";
  return { title: `${prefix}${t("title")}`, robots: { index: false } };
}

/** Joining a service's wait-list for a range of days (no JavaScript needed: one GET form page, one POST). */
export default async function WaitlistPage({ params, searchParams }: Props) {
  const { locale, service } = await params;
  if (!isServiceId(service)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Appointments");
  const loaded = await unlessDatabaseDown(Promise.all([findService(service), readSettings()]));
  if (!loaded) return <DatabaseUnavailable locale={locale} />;
  const [offered, settings] = loaded;
  if (!offered) notFound();
  const query = await searchParams;
  const state = await readFormState(`waitlist:${service}`);
  const outcome = OUTCOMES.find((o) => o === query.outcome);
  const errors = query.invalid && state ? state.errors : {};
  const base = getPathname({ locale, href: `/appointments/${service}` });

  if (outcome === "joined" && state) {
    return (
      <>
        <div className="panel">
          <h1>{t("waitlist.joinedTitle")}</h1>
        </div>
        <p>
          {t("waitlist.joined", {
            service: t(`services.${service}`),
            from: formatDay(state.values.fromDay ?? "", locale, { withWeekday: true }),
            to: formatDay(state.values.toDay ?? "", locale, { withWeekday: true }),
            hours: settings["appointments.waitlistOfferHours"].value,
          })}
        </p>
        <p>{t("waitlist.kept")}</p>
        <p>
          <a href={getPathname({ locale, href: "/appointments" })}>{t("pages.title")}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <a className="back-link" href={base}>
        {t("pages.back")}
      </a>
      <BookingFormErrors locale={locale} fields={WAITLIST_FIELDS} errors={errors} />
      {outcome && outcome !== "joined" && (
        <div className="warning" role="alert">
          <p>
            {t(`waitlist.outcomes.${outcome}`)}
            {outcome === "freePlaces" && (
              <>
                {" "}
                <a href={base}>{t("waitlist.chooseFree")}</a>
              </>
            )}
          </p>
        </div>
      )}
      <p className="muted">{t(`services.${service}`)}</p>
      <h1>{t("waitlist.title")}</h1>
      <p>{t("waitlist.lead", { hours: settings["appointments.waitlistOfferHours"].value })}</p>
      <AppointmentNotes demo={false} />
      <form action={joinWaitlistForm} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="service" value={service} />
        <BookingFields locale={locale} fields={WAITLIST_FIELDS} values={state?.values} errors={errors} />
        <p>{t("waitlist.kept")}</p>
        <button type="submit" className="button">
          {t("waitlist.join")}
        </button>
      </form>
    </>
  );
}
