import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findFreeSlots, findService, readSchedule, scheduleIsDemo } from "@/lib/appointments/schedule";
import { requestParam, requestToLink } from "@/lib/appointments/request-link";
import { isServiceId } from "@/lib/appointments/slots";
import { addDays, embassyDay, embassyIso, formatDay, formatEmbassyTime } from "@/lib/embassy-time";
import { AppointmentNotes } from "@/ui/appointments/notes";
import { RequestLinkNote } from "@/ui/appointments/request-link-note";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";
import { getPathname } from "@/i18n/navigation";
import { Notice } from "@/ui/notice";

type Props = PageProps<"/[locale]/appointments/[service]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, service } = await params;
  const t = await getTranslations({ locale, namespace: "Appointments" });
  return { title: isServiceId(service) ? `${t(`services.${service}`)}: ${t("pages.chooseDay")}` : t("pages.title") };
}

async function load(serviceId: string, request: string | undefined) {
  const service = await findService(serviceId);
  if (!service) notFound();
  const [schedule, demo, linked] = await Promise.all([readSchedule(), scheduleIsDemo(), requestToLink(request)]);
  const today = embassyDay();
  const slots = await findFreeSlots(service, today, addDays(today, schedule.window.opensDaysAhead));
  return { slots, demo, window: schedule.window.opensDaysAhead, linked: linked?.reference };
}

export default async function ServiceSlotsPage({ params, searchParams }: Props) {
  const { locale, service: serviceId } = await params;
  if (!isServiceId(serviceId)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Appointments");
  const query = await searchParams;
  const request = requestParam(query.request);
  const loaded = await unlessDatabaseDown(load(serviceId, request));
  if (!loaded) return <DatabaseUnavailable locale={locale} />;
  const day = typeof query.day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(query.day) ? query.day : null;
  const byDay = new Map<string, typeof loaded.slots>();
  for (const slot of loaded.slots)
    byDay.set(embassyDay(slot.start), [...(byDay.get(embassyDay(slot.start)) ?? []), slot]);
  const times = day ? (byDay.get(day) ?? []) : [];
  const base = getPathname({ locale, href: `/appointments/${serviceId}` });
  // The request travels with the choice of day and time, to the details form (request-link.ts).
  const carry = loaded.linked ? `request=${encodeURIComponent(loaded.linked)}` : "";
  const withRequest = (path: string) => (carry ? `${path}${path.includes("?") ? "&" : "?"}${carry}` : path);

  return (
    <>
      <a className="back-link" href={day ? withRequest(base) : getPathname({ locale, href: "/appointments" })}>
        {t("pages.back")}
      </a>
      <p className="muted">{t(`services.${serviceId}`)}</p>
      <RequestLinkNote locale={locale} asked={request} linked={loaded.linked} />
      {query.unavailable && <Notice kind="error" text={t("pages.unavailable")} />}
      {day ? (
        <>
          <h1>{t("pages.chooseTime", { day: formatDay(day, locale, { withWeekday: true }) })}</h1>
          <AppointmentNotes demo={loaded.demo} />
          {times.length === 0 ? (
            <p>{t("pages.noTimes")}</p>
          ) : (
            <ul className="plain-list">
              {times.map((slot) => (
                <li key={slot.start.getTime()}>
                  <a href={withRequest(`${base}/details?start=${encodeURIComponent(embassyIso(slot.start))}`)}>
                    {formatEmbassyTime(slot.start, locale, { date: false })}
                  </a>{" "}
                  <span className="muted">{t("pages.places", { count: slot.remaining })}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={withRequest(base)}>{t("pages.otherDay")}</a>
          </p>
        </>
      ) : (
        <>
          <h1>{t("pages.chooseDay")}</h1>
          <AppointmentNotes demo={loaded.demo} />
          {byDay.size === 0 ? (
            <p>{t("pages.noDays", { days: loaded.window })}</p>
          ) : (
            <ul className="plain-list">
              {[...byDay.keys()].map((d) => (
                <li key={d}>
                  <a href={withRequest(`${base}?day=${d}`)}>{formatDay(d, locale, { withWeekday: true })}</a>
                </li>
              ))}
            </ul>
          )}
          <h2>{t("waitlist.heading")}</h2>
          <p>
            <a href={`${base}/waitlist`}>{t("waitlist.link")}</a>
          </p>
        </>
      )}
    </>
  );
}
