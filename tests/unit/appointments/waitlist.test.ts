// The wait-list's pure rules: who is offered a freed place first, and when an offer runs out.
import { describe, expect, it } from "vitest";
import {
  coversSlot,
  inLineFor,
  MIN_OFFER_MS,
  offerExpiry,
  offerIsOpen,
} from "../../../app/lib/appointments/waitlist-rules";
import { firstErrors, waitlistSchema } from "../../../app/lib/appointments/booking-schema";
import { embassyInstant } from "../../../app/lib/embassy-time";

const entry = (id: string, fromDay: string, toDay: string, created: string) => ({
  id,
  fromDay,
  toDay,
  createdAt: new Date(created),
});
const HOUR = 3_600_000;

describe("who is next in line", () => {
  const slot = embassyInstant("2026-12-10", "10:00");
  const list = [
    entry("late", "2026-12-01", "2026-12-31", "2026-11-20T12:00:00Z"),
    entry("other-days", "2026-12-11", "2026-12-20", "2026-11-01T08:00:00Z"),
    entry("first", "2026-12-10", "2026-12-10", "2026-11-02T08:00:00Z"),
    entry("b-tie", "2026-12-05", "2026-12-15", "2026-11-10T08:00:00Z"),
    entry("a-tie", "2026-12-05", "2026-12-15", "2026-11-10T08:00:00Z"),
  ];

  it("offers a place to those whose days cover it, first come first served, equal times by id", () => {
    expect(inLineFor(list, slot).map((e) => e.id)).toEqual(["first", "a-tie", "b-tie", "late"]);
  });

  it("does not depend on the order the entries were read in", () => {
    expect(inLineFor([...list].reverse(), slot).map((e) => e.id)).toEqual(["first", "a-tie", "b-tie", "late"]);
  });

  it("reads the slot's day in Karachi time: 00:30 Karachi is the day before in UTC", () => {
    const justAfterMidnight = embassyInstant("2026-12-11", "00:30");
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe("2026-12-10");
    expect(coversSlot({ fromDay: "2026-12-11", toDay: "2026-12-11" }, justAfterMidnight)).toBe(true);
    expect(coversSlot({ fromDay: "2026-12-10", toDay: "2026-12-10" }, justAfterMidnight)).toBe(false);
  });

  it("offers nothing when nobody's days cover the slot", () => {
    expect(inLineFor(list, embassyInstant("2027-01-05", "10:00"))).toEqual([]);
  });
});

describe("when an offer runs out", () => {
  const now = new Date("2026-12-01T06:00:00Z");

  it("after the offer hours when the slot is later than that", () => {
    expect(offerExpiry(now, new Date(now.getTime() + 48 * HOUR), 12)).toEqual(new Date(now.getTime() + 12 * HOUR));
  });

  it("when the slot starts, if that comes first", () => {
    const start = new Date(now.getTime() + 3 * HOUR);
    expect(offerExpiry(now, start, 12)).toEqual(start);
  });

  it("is not offered at all when the slot starts within the quarter of an hour, or has started", () => {
    expect(offerExpiry(now, new Date(now.getTime() + MIN_OFFER_MS - 1), 12)).toBeNull();
    expect(offerExpiry(now, now, 12)).toBeNull();
    expect(offerExpiry(now, new Date(now.getTime() - HOUR), 12)).toBeNull();
    expect(offerExpiry(now, new Date(now.getTime() + MIN_OFFER_MS), 12)).toEqual(
      new Date(now.getTime() + MIN_OFFER_MS),
    );
  });

  it("is open until its expiry, and only while offered", () => {
    const offerExpiresAt = new Date(now.getTime() + HOUR);
    expect(offerIsOpen({ status: "offered", offerExpiresAt }, now)).toBe(true);
    expect(offerIsOpen({ status: "offered", offerExpiresAt }, offerExpiresAt)).toBe(false);
    expect(offerIsOpen({ status: "booked", offerExpiresAt }, now)).toBe(false);
    expect(offerIsOpen({ status: "offered", offerExpiresAt: null }, now)).toBe(false);
  });
});

describe("the wait-list form", () => {
  const form = (over: Record<string, string>) =>
    waitlistSchema.safeParse({
      service: "visa",
      fromDay: "2026-12-10",
      toDay: "2026-12-12",
      name: "Fatima Noor",
      email: "fatima@example.com",
      locale: "ur",
      ...over,
    });
  const errors = (over: Record<string, string>) => firstErrors(form(over).error);

  it("names every empty field, without failing on the range check", () => {
    expect(errors({ fromDay: "", toDay: "", name: "", email: "" })).toEqual({
      fromDay: "date",
      toDay: "date",
      name: expect.any(String),
      email: expect.any(String),
    });
  });

  it("takes a range of one day up to 62 days, in order", () => {
    expect(form({ toDay: "2026-12-10" }).success).toBe(true);
    expect(form({ toDay: "2027-02-09" }).success).toBe(true); // the 62nd day
    expect(errors({ toDay: "2027-02-10" })).toEqual({ toDay: "dateRange" });
    expect(errors({ toDay: "2026-12-09" })).toEqual({ toDay: "dateRange" });
  });
});
