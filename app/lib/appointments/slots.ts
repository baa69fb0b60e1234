/**
 * Which appointment slots are free: pure, from the Embassy's schedule (opening periods per
 * weekday, closed days, blocked slots, the booking window) and the places already taken.
 * Every day and time is the Embassy's (Asia/Karachi, lib/embassy-time.ts).
 *
 * The booking window: a day can be booked from `opensDaysAhead` calendar days before it, and
 * until the start of the `closesWorkingDaysBefore`-th working day before it (with 1, Tuesday's
 * slots close when Monday begins; with 0, a slot closes when it starts). A working day is a
 * day with opening hours that is not a closed day.
 */
import { addDays, embassyDay, embassyInstant, startOfEmbassyDay, weekday } from "../embassy-time";

export const SERVICE_IDS = [
  "visa",
  "legalization",
  "certificate_of_return",
  "consular_registration",
  "invitation",
  "other",
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
export const isServiceId = (value: string): value is ServiceId => (SERVICE_IDS as readonly string[]).includes(value);

export type OpeningPeriod = { weekday: number; opens: string; closes: string };
export type SlotService = { id: string; durationMinutes: number; capacity: number };
export type BookingWindow = { opensDaysAhead: number; closesWorkingDaysBefore: number };

export type Schedule = {
  periods: OpeningPeriod[];
  closedDays: ReadonlySet<string>;
  window: BookingWindow;
};

export type Slot = { service: string; start: Date; remaining: number };

/** The longest range of days one slots query (or one wait-list entry) may cover, so one call cannot make the server walk years. */
export const MAX_RANGE_DAYS = 62;
export const lastDayOfRange = (from: string) => addDays(from, MAX_RANGE_DAYS - 1);

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;

export function isWorkingDay(day: string, schedule: Pick<Schedule, "periods" | "closedDays">): boolean {
  return !schedule.closedDays.has(day) && schedule.periods.some((p) => p.weekday === weekday(day));
}

/** Start times (HH:MM) of a service's slots on a day: each opening period cut into whole visits. */
export function slotTimes(
  day: string,
  service: SlotService,
  schedule: Pick<Schedule, "periods" | "closedDays">,
): string[] {
  if (!isWorkingDay(day, schedule)) return [];
  const times = new Set<string>();
  for (const period of schedule.periods.filter((p) => p.weekday === weekday(day))) {
    for (
      let t = minutes(period.opens);
      t + service.durationMinutes <= minutes(period.closes);
      t += service.durationMinutes
    )
      times.add(hhmm(t));
  }
  return [...times].sort();
}

/** When booking for a day stops (see the module comment). Looks back at most a year for working days. */
export function bookingClosesAt(day: string, schedule: Schedule): Date | null {
  const n = schedule.window.closesWorkingDaysBefore;
  if (n <= 0) return null; // each slot closes at its own start
  let found = 0;
  for (let d = addDays(day, -1), i = 0; i < 366; d = addDays(d, -1), i++) {
    if (isWorkingDay(d, schedule) && ++found === n) return startOfEmbassyDay(d);
  }
  return startOfEmbassyDay(addDays(day, -366));
}

/** The days from `from` to `to` (inclusive) inside the booking window at `now`. */
export function bookableDays(from: string, to: string, schedule: Schedule, now: Date): string[] {
  const today = embassyDay(now);
  const last = addDays(today, schedule.window.opensDaysAhead);
  const days: string[] = [];
  for (let day = from > today ? from : today; day <= to && day <= last; day = addDays(day, 1)) {
    if (!isWorkingDay(day, schedule)) continue;
    const closes = bookingClosesAt(day, schedule);
    if (closes && now >= closes) continue;
    days.push(day);
  }
  return days;
}

/**
 * Free slots of one service between two days: every slot of a bookable day that has not
 * started, is not blocked and has a place left. `taken` maps a slot's start (ms) to the places
 * taken; `blocked` holds blocked starts (ms).
 */
export function freeSlots(input: {
  service: SlotService;
  schedule: Schedule;
  from: string;
  to: string;
  now: Date;
  taken: ReadonlyMap<number, number>;
  blocked: ReadonlySet<number>;
}): Slot[] {
  const { service, schedule, now } = input;
  const slots: Slot[] = [];
  for (const day of bookableDays(input.from, input.to, schedule, now)) {
    for (const time of slotTimes(day, service, schedule)) {
      const start = embassyInstant(day, time);
      if (start <= now || input.blocked.has(start.getTime())) continue;
      const remaining = service.capacity - (input.taken.get(start.getTime()) ?? 0);
      if (remaining > 0) slots.push({ service: service.id, start, remaining });
    }
  }
  return slots;
}

/** Whether `start` is the start of one of the service's slots in the schedule (booking checks it). */
export function isSlotStart(start: Date, service: SlotService, schedule: Schedule): boolean {
  const day = embassyDay(start);
  return slotTimes(day, service, schedule).some((time) => embassyInstant(day, time).getTime() === start.getTime());
}
