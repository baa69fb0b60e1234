import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { embassyClock, embassyDay, formatDay, formatEmbassyTime } from "@/lib/embassy-time";
import { appointmentToMove, slotsOfDay } from "@/lib/staff/appointments";
import { requireStaff } from "@/lib/staff/current-staff";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { DayPicker } from "@/ui/appointments/day-picker";
import { Notice, noticeFrom } from "@/ui/notice";
import { moveVisit } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Appointments"))("move.title") };
}

/**
 * Moving a booked visit on the applicant's behalf (by phone, at the desk): a day (its own by
 * default), then one of that day's free times of its service. GET pages and one POST, no
 * JavaScript needed.
 */
export default async function MoveAppointmentPage({
  params,
  searchParams,
}: PageProps<"/staff/appointments/[id]/move">) {
  await requireStaff();
  const [{ id }, query, t, locale] = [
    await params,
    await searchParams,
    await staffTranslations("Appointments"),
    await staffLocale(),
  ];
  const appointment = await appointmentToMove(id);
  if (!appointment) redirect("/staff/appointments");
  const day =
    typeof query.day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(query.day) ? query.day : embassyDay(appointment.start);
  // eslint-disable-next-line react-hooks/purity -- a Server Component renders once per request: "now" is the request's time
  const now = Date.now();
  const free = (await slotsOfDay(day)).filter(
    (slot) =>
      slot.service === appointment.service &&
      !slot.blocked &&
      slot.booked < slot.capacity &&
      slot.start.getTime() > now &&
      slot.start.getTime() !== appointment.start.getTime(),
  );
  const notice = noticeFrom(query, { slotFull: t("error.slotFull"), notASlot: t("error.notASlot") });
  const service = t(`services.${appointment.service}` as "services.visa");
  return (
    <>
      <Notice kind={notice.kind} text={notice.text} />
      <h1>{t("move.title")}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("columns.name")}</dt>
          <dd dir="auto">{appointment.name}</dd>
        </div>
        <div>
          <dt>{t("columns.reference")}</dt>
          <dd>{appointment.reference}</dd>
        </div>
        <div>
          <dt>{t("columns.service")}</dt>
          <dd>{service}</dd>
        </div>
        <div>
          <dt>{t("move.current")}</dt>
          <dd>{formatEmbassyTime(appointment.start, locale)}</dd>
        </div>
      </dl>
      <p>{t("move.lead")}</p>
      <DayPicker
        action={`/staff/appointments/${encodeURIComponent(appointment.id)}/move`}
        day={day}
        label={t("day")}
        button={t("show")}
      />
      <h2>{t("move.freeOn", { day: formatDay(day, locale, { withWeekday: true }) })}</h2>
      <p className="muted">{t("timeZone")}</p>
      {free.length === 0 ? (
        <p>{t("move.none")}</p>
      ) : (
        <ul className="plain-list">
          {free.map((slot) => (
            <li key={slot.start.getTime()}>
              <form action={moveVisit} className="inline-form">
                <input type="hidden" name="id" value={appointment.id} />
                <input type="hidden" name="day" value={day} />
                <input type="hidden" name="start" value={slot.start.toISOString()} />
                <button type="submit" className="button button--secondary">
                  {t("move.to", { time: embassyClock(slot.start) })}
                </button>{" "}
                {t("slots.taken", { booked: slot.booked, capacity: slot.capacity })}
              </form>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/staff/appointments?day=${embassyDay(appointment.start)}`}>{t("move.back")}</a>
      </p>
    </>
  );
}
