import type { Metadata } from "next";
import { readFormState, STAFF_BOOKED_FORM } from "@/lib/appointments/booking-cookie";
import { addDays, embassyClock, embassyDay, embassyIso, formatDay, formatEmbassyTime } from "@/lib/embassy-time";
import { appointmentsOfDay, slotsOfDay } from "@/lib/staff/appointments";
import { requireStaff } from "@/lib/staff/current-staff";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { DayPicker } from "@/ui/appointments/day-picker";
import { Notice, noticeFrom } from "@/ui/notice";
import { blockSlot, markVisit } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Appointments"))("title") };
}

export default async function AppointmentsDayPage({ searchParams }: PageProps<"/staff/appointments">) {
  await requireStaff();
  const [t, locale, query] = [await staffTranslations("Appointments"), await staffLocale(), await searchParams];
  const day = typeof query.day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(query.day) ? query.day : embassyDay();
  const [entries, slots] = await Promise.all([appointmentsOfDay(day), slotsOfDay(day)]);
  const booked = query.done === "booked" ? (await readFormState(STAFF_BOOKED_FORM))?.booked : undefined;
  // eslint-disable-next-line react-hooks/purity -- a Server Component renders once per request: "now" is the request's time
  const now = Date.now();
  const notice = noticeFrom(query, {
    attended: t("done.attended"),
    no_show: t("done.no_show"),
    blocked: t("done.blocked"),
    freed: t("done.freed"),
    moved: t("done.moved"),
    booked: booked ? t("done.booked", { reference: booked.reference, code: booked.accessCode }) : t("done.bookedPlain"),
    conflict: t("error.conflict"),
    invalid: t("error.conflict"),
  });
  return (
    <>
      <Notice kind={notice.kind} text={notice.text} />
      <h1>{t("heading", { day: formatDay(day, locale, { withWeekday: true }) })}</h1>
      <p className="muted">{t("timeZone")}</p>
      <nav className="no-print" aria-label={t("otherDays")}>
        <p>
          <a href={`/staff/appointments?day=${addDays(day, -1)}`}>{t("previous")}</a> ·{" "}
          <a href="/staff/appointments">{t("today")}</a> ·{" "}
          <a href={`/staff/appointments?day=${addDays(day, 1)}`}>{t("next")}</a>
        </p>
      </nav>
      <DayPicker action="/staff/appointments" day={day} label={t("day")} button={t("show")} className="no-print" />
      {entries.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-label={t("heading", { day: formatDay(day, locale, { withWeekday: true }) })}
          tabIndex={0}
        >
          <table className="table">
            <caption className="visually-hidden">
              {t("heading", { day: formatDay(day, locale, { withWeekday: true }) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.time")}</th>
                <th scope="col">{t("columns.service")}</th>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.phone")}</th>
                <th scope="col">{t("columns.reference")}</th>
                <th scope="col">{t("columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{embassyClock(entry.start)}</td>
                  <td>{t(`services.${entry.service}` as "services.visa")}</td>
                  <td>
                    <span dir="auto">{entry.name}</span>
                    {entry.bookedByStaff && (
                      <>
                        <br />
                        <span className="muted">
                          {entry.bookedByStaff.name
                            ? t("bookedByStaff", { name: entry.bookedByStaff.name })
                            : t("bookedByFormerStaff")}
                        </span>
                      </>
                    )}
                  </td>
                  <td dir="ltr">{entry.phone}</td>
                  <td>{entry.reference}</td>
                  <td>
                    {entry.status === "booked" ? (
                      <span className="no-print">
                        {(["attended", "no_show"] as const).map((status) => (
                          <form key={status} action={markVisit} className="inline-form">
                            <input type="hidden" name="id" value={entry.id} />
                            <input type="hidden" name="day" value={day} />
                            <input type="hidden" name="status" value={status} />
                            <button type="submit" className="button button--secondary">
                              {t(`mark.${status}`)}
                              <span className="visually-hidden"> {entry.name}</span>
                            </button>
                          </form>
                        ))}
                        <a href={`/staff/appointments/${entry.id}/move?day=${day}`}>
                          {t("move.link")}
                          <span className="visually-hidden"> {entry.name}</span>
                        </a>
                      </span>
                    ) : (
                      t(`statuses.${entry.status}` as "statuses.attended")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">{t("print")}</p>

      {slots.length > 0 && (
        <section aria-labelledby="slots" className="no-print">
          <h2 id="slots">{t("slots.title")}</h2>
          <p>{t("slots.lead")}</p>
          <ul className="plain-list">
            {slots.map((slot) => (
              <li key={`${slot.service}-${slot.start.getTime()}`}>
                <form action={blockSlot} className="inline-form">
                  <input type="hidden" name="service" value={slot.service} />
                  <input type="hidden" name="start" value={slot.start.toISOString()} />
                  <input type="hidden" name="day" value={day} />
                  <input type="hidden" name="blocked" value={slot.blocked ? "0" : "1"} />
                  {embassyClock(slot.start)} {t(`services.${slot.service}` as "services.visa")}:{" "}
                  {t("slots.taken", { booked: slot.booked, capacity: slot.capacity })}
                  {slot.heldUntil.map((until, i) => (
                    <span key={i}> {t("slots.held", { until: formatEmbassyTime(until, locale) })}</span>
                  ))}
                  {slot.blocked && <strong> {t("slots.blocked")}</strong>}{" "}
                  <button type="submit" className="link-button">
                    {slot.blocked ? t("slots.free") : t("slots.block")}
                    <span className="visually-hidden">
                      {" "}
                      {embassyClock(slot.start)} {t(`services.${slot.service}` as "services.visa")}
                    </span>
                  </button>
                  {!slot.blocked && slot.booked < slot.capacity && slot.start.getTime() > now && (
                    <>
                      {" · "}
                      <a
                        href={`/staff/appointments/book?service=${slot.service}&start=${encodeURIComponent(embassyIso(slot.start))}`}
                      >
                        {t("book.link")}
                        <span className="visually-hidden">
                          {" "}
                          {embassyClock(slot.start)} {t(`services.${slot.service}` as "services.visa")}
                        </span>
                      </a>
                    </>
                  )}
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
