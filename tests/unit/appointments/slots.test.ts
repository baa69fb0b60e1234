// Slot generation: opening hours, closed days, blocked slots, the booking window, and the
// Karachi midnight (19:00 UTC) at which days and windows turn.
import { describe, expect, it } from "vitest";
import { bookableDays, freeSlots, isSlotStart, slotTimes, type Schedule } from "../../../app/lib/appointments/slots";
import { embassyIso } from "../../../app/lib/embassy-time";

// Monday to Friday 09:00–13:00, Thursday also 14:00–15:00 (2026-12-07 is a Monday).
const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  periods: [1, 2, 3, 4, 5]
    .map((weekday) => ({ weekday, opens: "09:00", closes: "13:00" }))
    .concat([{ weekday: 4, opens: "14:00", closes: "15:00" }]),
  closedDays: new Set(),
  window: { opensDaysAhead: 30, closesWorkingDaysBefore: 1 },
  ...over,
});
const visa = { id: "visa", durationMinutes: 45, capacity: 3 };
const at = (iso: string) => new Date(iso);
const slots = (over: Partial<Parameters<typeof freeSlots>[0]> = {}) =>
  freeSlots({
    service: visa,
    schedule: schedule(),
    from: "2026-12-07",
    to: "2026-12-13",
    now: at("2026-12-02T06:00:00Z"),
    taken: new Map(),
    blocked: new Set(),
    ...over,
  });

describe("slot times", () => {
  it("cuts each opening period into whole visits and drops the remainder", () => {
    expect(slotTimes("2026-12-07", visa, schedule())).toEqual(["09:00", "09:45", "10:30", "11:15", "12:00"]);
  });
  it("adds a second period of the same day", () => {
    expect(slotTimes("2026-12-10", { ...visa, durationMinutes: 30 }, schedule())).toContain("14:30");
  });
  it("has none at the weekend or on a closed day", () => {
    expect(slotTimes("2026-12-12", visa, schedule())).toEqual([]);
    expect(slotTimes("2026-12-08", visa, schedule({ closedDays: new Set(["2026-12-08"]) }))).toEqual([]);
  });
});

describe("free slots", () => {
  it("are given in Karachi time, with the places left", () => {
    const first = slots()[0]!;
    expect(embassyIso(first.start)).toBe("2026-12-07T09:00:00+05:00");
    expect(first.remaining).toBe(3);
    expect(slots()).toHaveLength(5 * 5 + 1); // Thursday afternoon holds one 45-minute visit
  });
  it("count the places taken and leave out full slots", () => {
    const nine = at("2026-12-07T04:00:00Z").getTime();
    const nineFortyFive = at("2026-12-07T04:45:00Z").getTime();
    const result = slots({
      taken: new Map([
        [nine, 2],
        [nineFortyFive, 3],
      ]),
    });
    expect(result.find((s) => s.start.getTime() === nine)?.remaining).toBe(1);
    expect(result.find((s) => s.start.getTime() === nineFortyFive)).toBeUndefined();
  });
  it("leave out blocked slots", () => {
    const nine = at("2026-12-07T04:00:00Z").getTime();
    expect(slots({ blocked: new Set([nine]) }).some((s) => s.start.getTime() === nine)).toBe(false);
  });
  it("leave out closed days", () => {
    const result = slots({ schedule: schedule({ closedDays: new Set(["2026-12-08"]) }) });
    expect(result.some((s) => embassyIso(s.start).startsWith("2026-12-08"))).toBe(false);
    expect(result.some((s) => embassyIso(s.start).startsWith("2026-12-09"))).toBe(true);
  });
  it("never include a slot that has started (booking window 0)", () => {
    const result = slots({
      schedule: schedule({ window: { opensDaysAhead: 30, closesWorkingDaysBefore: 0 } }),
      now: at("2026-12-07T05:00:00Z"),
    });
    expect(embassyIso(result[0]!.start)).toBe("2026-12-07T10:30:00+05:00");
  });
});

describe("the booking window", () => {
  it("opens N calendar days ahead", () => {
    const days = bookableDays(
      "2026-12-01",
      "2027-02-01",
      schedule({ window: { opensDaysAhead: 10, closesWorkingDaysBefore: 0 } }),
      at("2026-12-01T06:00:00Z"),
    );
    expect(days.at(-1)).toBe("2026-12-11");
    expect(days[0]).toBe("2026-12-01");
  });
  it("closes at the start of the N-th working day before, skipping weekends and closed days", () => {
    // Monday 7 Dec needs booking before Friday 4 Dec begins (1 working day before).
    const friday = at("2026-12-03T19:00:00Z"); // 00:00 Friday in Karachi
    expect(bookableDays("2026-12-07", "2026-12-07", schedule(), at("2026-12-03T18:59:00Z"))).toEqual(["2026-12-07"]);
    expect(bookableDays("2026-12-07", "2026-12-07", schedule(), friday)).toEqual([]);
    // With Friday closed, the working day before Monday is Thursday.
    const withHoliday = schedule({ closedDays: new Set(["2026-12-04"]) });
    expect(bookableDays("2026-12-07", "2026-12-07", withHoliday, at("2026-12-02T18:59:00Z"))).toEqual(["2026-12-07"]);
    expect(bookableDays("2026-12-07", "2026-12-07", withHoliday, at("2026-12-02T19:00:00Z"))).toEqual([]);
  });
  it("turns at midnight in Karachi, not at midnight UTC", () => {
    // 23:59 on Monday in Karachi (18:59 UTC): Wednesday can still be booked; a minute later it cannot,
    // though the UTC date is still Monday.
    expect(bookableDays("2026-12-09", "2026-12-09", schedule(), at("2026-12-07T18:59:00Z"))).toEqual(["2026-12-09"]);
    expect(bookableDays("2026-12-09", "2026-12-09", schedule(), at("2026-12-07T19:00:00Z"))).toEqual([]);
    // "Today" is the Karachi day: at 20:00 UTC on the 7th it is already the 8th, so the window ends a day later.
    const window = schedule({ window: { opensDaysAhead: 2, closesWorkingDaysBefore: 0 } });
    expect(bookableDays("2026-12-07", "2026-12-31", window, at("2026-12-07T20:00:00Z"))).toEqual([
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
    ]);
  });
});

describe("a slot start", () => {
  it("is recognised only on the grid of the service", () => {
    expect(isSlotStart(at("2026-12-07T04:45:00Z"), visa, schedule())).toBe(true);
    expect(isSlotStart(at("2026-12-07T04:30:00Z"), visa, schedule())).toBe(false);
    expect(isSlotStart(at("2026-12-12T04:00:00Z"), visa, schedule())).toBe(false);
  });
});
