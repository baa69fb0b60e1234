/**
 * The Embassy's clock. The consular section works in Islamabad, so "today", a day's
 * opening hours, the queue's date filters, the overdue rule and every time shown to
 * staff or applicants are in Asia/Karachi time, whatever the server's zone (usually UTC).
 *
 * Days are plain `YYYY-MM-DD` strings (a calendar day in Karachi); instants are `Date`s.
 * Pakistan keeps no daylight saving time today, but nothing here assumes a fixed offset:
 * the offset is read from the time-zone database for each instant.
 */

export const EMBASSY_TIME_ZONE = "Asia/Karachi";

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: EMBASSY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: EMBASSY_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** The Embassy's calendar day (YYYY-MM-DD) at an instant. */
export function embassyDay(instant: Date = new Date()): string {
  return dayFormat.format(instant);
}

/** Minutes Karachi is ahead of UTC at an instant (300 today). */
export function embassyOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function parseDay(day: string): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    throw new RangeError(`No such day: ${day}`);
  return [y, mo, d];
}

/** The instant at which it is `time` (HH:MM, 24 h) on `day` in Karachi. */
export function embassyInstant(day: string, time = "00:00"): Date {
  const [y, mo, d] = parseDay(day);
  const t = TIME.exec(time);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) throw new RangeError(`Not a time (HH:MM): ${time}`);
  const wall = Date.UTC(y, mo - 1, d, Number(t[1]), Number(t[2]));
  // The offset at the wall time read as UTC is right except within hours of a zone change; a second pass settles it.
  let instant = wall - embassyOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - embassyOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The first instant of a Karachi day (for "received on or after" filters). */
export function startOfEmbassyDay(day: string): Date {
  return embassyInstant(day, "00:00");
}

/** The first instant after a Karachi day (for "received on or before" filters: `< endOfEmbassyDay`). */
export function endOfEmbassyDay(day: string): Date {
  return startOfEmbassyDay(addDays(day, 1));
}

/** Calendar arithmetic on days: `addDays("2026-02-28", 1)` is "2026-03-01". */
export function addDays(day: string, days: number): string {
  const [y, mo, d] = parseDay(day);
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of the week of a calendar day: 0 Sunday … 6 Saturday. */
export function weekday(day: string): number {
  const [y, mo, d] = parseDay(day);
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}

/** An instant as ISO 8601 with Karachi's offset, e.g. "2026-12-08T10:00:00+05:00" (API, CSV, calendar files). */
export function embassyIso(instant: Date): string {
  const offset = embassyOffsetMinutes(instant);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The wall-clock time (HH:MM) in Karachi at an instant. */
export function embassyClock(instant: Date): string {
  return embassyIso(instant).slice(11, 16);
}

/**
 * An instant for people, in their language, always in Karachi time and saying so
 * (e.g. "8 Dec 2026, 10:00 PKT" / "8 дек. 2026 г., 10:00 GMT+5").
 */
export function formatEmbassyTime(
  instant: Date,
  locale: string,
  options: { date?: boolean; time?: boolean } = {},
): string {
  const { date = true, time = true } = options;
  return new Intl.DateTimeFormat(locale, {
    timeZone: EMBASSY_TIME_ZONE,
    ...(date ? { day: "numeric", month: "short", year: "numeric" } : {}),
    ...(time ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" } : {}),
  }).format(instant);
}

/**
 * A calendar day (YYYY-MM-DD: a date of birth, an appointment's day) for people, in their
 * language ("27 марта 1990 г.", with `withWeekday`: "Tuesday, 8 December 2026"). A day is the
 * same everywhere once named, so it is written without a time zone; a value that is not a
 * day is returned as it is.
 */
export function formatDay(day: string, locale: string, { withWeekday = false } = {}): string {
  try {
    const [y, mo, d] = parseDay(day);
    return new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      ...(withWeekday ? { weekday: "long" } : {}),
      day: "numeric",
      month: "long",
      year: "numeric",
    }).format(new Date(Date.UTC(y, mo - 1, d)));
  } catch {
    return day;
  }
}

/** Working days (Monday to Friday, the Embassy's week) after the Karachi day of `start`, up to and including that of `now`. */
export function workingDaysBetween(start: Date, now: Date): number {
  const last = embassyDay(now);
  let days = 0;
  for (let day = addDays(embassyDay(start), 1); day <= last; day = addDays(day, 1)) {
    if (weekday(day) !== 0 && weekday(day) !== 6) days++;
  }
  return days;
}
