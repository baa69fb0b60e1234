import type { Metadata } from "next";
import { scheduleForAdmin } from "@/lib/appointments/admin";
import { requireStaff } from "@/lib/staff/current-staff";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { Notice, noticeFrom } from "@/ui/notice";
import {
  addClosedDayAction,
  addOpeningPeriod,
  removeClosedDayAction,
  removeOpeningPeriod,
  saveAppointmentService,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Appointments"))("admin.title") };
}

const weekdayName = (locale: string, weekday: number) =>
  new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2026, 0, 4 + weekday)); // 4 Jan 2026 is a Sunday

export default async function AppointmentScheduleAdmin({ searchParams }: PageProps<"/staff/admin/appointments">) {
  const admin = await requireStaff("admin");
  const [t, locale, query] = [await staffTranslations("Appointments"), await staffLocale(), await searchParams];
  const { services, periods, closedDays } = await scheduleForAdmin(admin);
  const notice = noticeFrom(query, { saved: t("admin.saved"), invalid: t("admin.invalid") });
  return (
    <>
      <Notice kind={notice.kind} text={notice.text} />
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.lead")}</p>

      <h2>{t("admin.services")}</h2>
      {services.map((service) => (
        <form key={service.id} action={saveAppointmentService} className="inset">
          <input type="hidden" name="id" value={service.id} />
          <h3>{t(`services.${service.id}` as "services.visa")}</h3>
          <label className="label" htmlFor={`duration-${service.id}`}>
            {t("admin.duration")}
          </label>
          <input
            className="input input--narrow"
            type="number"
            min={5}
            max={240}
            id={`duration-${service.id}`}
            name="durationMinutes"
            defaultValue={service.durationMinutes}
          />
          <label className="label" htmlFor={`capacity-${service.id}`}>
            {t("admin.capacity")}
          </label>
          <input
            className="input input--narrow"
            type="number"
            min={1}
            max={50}
            id={`capacity-${service.id}`}
            name="capacity"
            defaultValue={service.capacity}
          />
          <div className="radio">
            <input
              type="checkbox"
              id={`active-${service.id}`}
              name="active"
              value="1"
              defaultChecked={service.active}
            />
            <label htmlFor={`active-${service.id}`}>{t("admin.active")}</label>
          </div>
          <button type="submit" className="button button--secondary">
            {t("admin.save")}
          </button>
        </form>
      ))}

      <h2>{t("admin.hours")}</h2>
      {periods.some((p) => p.demo) && <p className="warning">{t("admin.demoHours")}</p>}
      <ul className="plain-list">
        {periods.map((period) => (
          <li key={period.id}>
            <form action={removeOpeningPeriod} className="inline-form">
              <input type="hidden" name="id" value={period.id} />
              {weekdayName(locale, period.weekday)} {period.opens}–{period.closes}{" "}
              <button type="submit" className="link-button">
                {t("admin.remove")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form action={addOpeningPeriod}>
        <label className="label" htmlFor="weekday">
          {t("admin.weekday")}
        </label>
        <select className="select" id="weekday" name="weekday">
          {[1, 2, 3, 4, 5, 6, 0].map((d) => (
            <option key={d} value={d}>
              {weekdayName(locale, d)}
            </option>
          ))}
        </select>
        <label className="label" htmlFor="opens">
          {t("admin.opens")}
        </label>
        <input className="input input--narrow" type="time" id="opens" name="opens" />
        <label className="label" htmlFor="closes">
          {t("admin.closes")}
        </label>
        <input className="input input--narrow" type="time" id="closes" name="closes" />{" "}
        <button type="submit" className="button button--secondary">
          {t("admin.addPeriod")}
        </button>
      </form>

      <h2>{t("admin.closedDays")}</h2>
      <ul className="plain-list">
        {closedDays.map((closed) => (
          <li key={closed.day}>
            <form action={removeClosedDayAction} className="inline-form">
              <input type="hidden" name="day" value={closed.day} />
              {closed.day} {closed.reason}{" "}
              <button type="submit" className="link-button">
                {t("admin.remove")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form action={addClosedDayAction}>
        <label className="label" htmlFor="closed-day">
          {t("admin.day")}
        </label>
        <input className="input input--narrow" type="date" id="closed-day" name="day" />
        <label className="label" htmlFor="reason">
          {t("admin.reason")}
        </label>
        <input className="input" id="reason" name="reason" />{" "}
        <button type="submit" className="button button--secondary">
          {t("admin.addClosedDay")}
        </button>
      </form>
      <p className="muted">{t("admin.window")}</p>
    </>
  );
}
