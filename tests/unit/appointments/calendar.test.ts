// The calendar file of a booking: its times are UTC ("Z"), so every calendar shows the visit at
// the right moment in its own zone, also for a visit just after midnight Karachi time (the day before in UTC).
import { describe, expect, it } from "vitest";
import { calendarFile } from "../../../app/lib/appointments/email";
import { embassyInstant } from "../../../app/lib/embassy-time";

const file = (start: Date, durationMinutes = 30, sequence?: number) =>
  calendarFile({
    sequence,
    recipient: "ali@example.com",
    locale: "ur",
    reference: "AB-12345",
    service: "visa",
    start,
    durationMinutes,
    origin: "https://consular.example",
  });
const line = (ics: string, name: string) =>
  ics.split(/\r?\n/).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("the appointment's calendar file", () => {
  it("gives start and end in UTC with a Z, never a floating local time or a zone it does not define", () => {
    const ics = file(embassyInstant("2026-12-08", "10:00"));
    expect(line(ics, "DTSTART")).toBe("DTSTART:20261208T050000Z");
    expect(line(ics, "DTEND")).toBe("DTEND:20261208T053000Z");
    expect(ics).not.toMatch(/TZID/);
  });

  it("keeps a visit just after midnight Karachi time on the right UTC day, ending after its duration", () => {
    const ics = file(embassyInstant("2026-12-08", "00:15"), 45);
    expect(line(ics, "DTSTART")).toBe("DTSTART:20261207T191500Z");
    expect(line(ics, "DTEND")).toBe("DTEND:20261207T200000Z");
  });

  it("is one event with the reference as its id", () => {
    const ics = file(embassyInstant("2026-12-08", "10:00"));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(line(ics, "UID")).toBe("UID:AB-12345@consular-helper");
  });

  it("is revision 0 when booked, and a moved visit's file carries its higher revision, so calendars replace the old time", () => {
    expect(line(file(embassyInstant("2026-12-08", "10:00")), "SEQUENCE")).toBe("SEQUENCE:0");
    expect(line(file(embassyInstant("2026-12-09", "11:00"), 30, 3600), "SEQUENCE")).toBe("SEQUENCE:3600");
  });
});
