import { getTranslations, setRequestLocale } from "next-intl/server";
import { activeServices, scheduleIsDemo } from "@/lib/appointments/schedule";
import { metadataFrom } from "@/ui/page-title";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";
import { AppointmentNotes } from "@/ui/appointments/notes";
import { Link } from "@/i18n/navigation";
import { Notice } from "@/ui/notice";

export const generateMetadata = metadataFrom({
  title: "Appointments.pages.title",
  description: "Appointments.pages.lead",
});

export default async function AppointmentsPage({ params, searchParams }: PageProps<"/[locale]/appointments">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Appointments");
  const loaded = await unlessDatabaseDown(Promise.all([activeServices(), scheduleIsDemo()]));
  if (!loaded) return <DatabaseUnavailable locale={locale} />;
  const [services, demo] = loaded;
  const expired = (await searchParams).expired;
  return (
    <>
      {expired && <Notice kind="error" text={t("pages.expired")} />}
      <h1>{t("pages.title")}</h1>
      <p className="lead">{t("pages.lead")}</p>
      <AppointmentNotes demo={demo} />
      <h2>{t("pages.chooseService")}</h2>
      <ul className="plain-list">
        {services.map((service) => (
          <li key={service.id}>
            <Link locale={locale} href={`/appointments/${service.id}`}>
              {t(`services.${service.id}` as "services.visa")}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link locale={locale} href="/appointments/manage">
          {t("pages.manageLink")}
        </Link>
      </p>
    </>
  );
}
