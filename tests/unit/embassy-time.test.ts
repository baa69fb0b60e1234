import { describe, expect, it } from "vitest";
import {
  addDays,
  embassyClock,
  embassyDay,
  embassyInstant,
  embassyIso,
  embassyOffsetMinutes,
  endOfEmbassyDay,
  formatDay,
  formatEmbassyTime,
  startOfEmbassyDay,
  weekday,
} from "@/lib/embassy-time";

describe("the Embassy's clock (Asia/Karachi)", () => {
  it("puts 01:00 PKT on the 28th on the 28th, though it is still the 27th in UTC", () => {
    const instant = new Date("2026-11-27T20:00:00Z"); // 01:00 on the 28th in Karachi
    expect(embassyDay(instant)).toBe("2026-11-28");
    expect(instant >= startOfEmbassyDay("2026-11-28")).toBe(true);
    expect(instant < endOfEmbassyDay("2026-11-28")).toBe(true);
    expect(embassyDay(new Date("2026-11-27T18:59:59Z"))).toBe("2026-11-27"); // 23:59:59 PKT
  });

  it("starts a Karachi day at 19:00 UTC the day before", () => {
    expect(startOfEmbassyDay("2026-11-28").toISOString()).toBe("2026-11-27T19:00:00.000Z");
    expect(endOfEmbassyDay("2026-12-31").toISOString()).toBe("2026-12-31T19:00:00.000Z");
    expect(embassyInstant("2026-12-08", "10:30").toISOString()).toBe("2026-12-08T05:30:00.000Z");
  });

  it("writes ISO 8601 with the offset and reads the wall clock back", () => {
    const instant = embassyInstant("2026-12-08", "09:15");
    expect(embassyIso(instant)).toBe("2026-12-08T09:15:00+05:00");
    expect(embassyClock(instant)).toBe("09:15");
    expect(embassyOffsetMinutes(instant)).toBe(300);
  });

  it("does calendar arithmetic across months, leap years and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekday("2026-12-01")).toBe(2); // a Tuesday
  });

  it("refuses what is not a day or a time", () => {
    expect(() => startOfEmbassyDay("2026-02-30")).toThrow(RangeError);
    expect(() => embassyInstant("2026-12-01", "24:00")).toThrow(RangeError);
    expect(() => addDays("1.12.2026", 1)).toThrow(RangeError);
  });

  it("formats for people in their language and says the time is Karachi's", () => {
    const instant = embassyInstant("2026-12-08", "10:00");
    const en = formatEmbassyTime(instant, "en");
    expect(en).toContain("10:00");
    expect(en).toMatch(/8 Dec 2026|Dec 8, 2026/);
    expect(en).toMatch(/GMT\+5|PKT/);
    expect(formatEmbassyTime(instant, "ru", { time: false })).toContain("2026");
    expect(formatEmbassyTime(instant, "ru", { time: false })).not.toContain("10:00");
  });
});

describe("a Karachi day for people", () => {
  it("names the weekday of the Karachi day, whatever the server's zone", () => {
    expect(formatDay("2026-12-08", "en", { withWeekday: true })).toBe("Tuesday, December 8, 2026");
    expect(formatDay("2026-12-08", "ru", { withWeekday: true })).toContain("вторник");
  });
});
