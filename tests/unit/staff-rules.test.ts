import { describe, expect, it } from "vitest";
import { parseFormValue, settingChoices } from "../../app/lib/settings/definitions";
import { dateRangeFrom, dateRangeInputs } from "../../app/lib/date-range";
import { workingDaysBetween as workingDaysSince } from "../../app/lib/embassy-time";
import { isOverdue } from "../../app/lib/staff/overdue";
import { queueFilterFrom, queueQuery } from "../../app/lib/staff/queue-filter";
import { acceptedStep, newTotpSecret, totpCode } from "../../app/lib/staff/two-factor";

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 27, 9, 0, 15);

  it("accepts the current code and one step of drift either way, not two", () => {
    for (const drift of [-30_000, 0, 30_000])
      expect(acceptedStep(secret, totpCode(secret, now + drift), null, now)).not.toBeNull();
    expect(acceptedStep(secret, totpCode(secret, now - 90_000), null, now)).toBeNull();
  });

  it("accepts a code written with spaces, refuses anything but six digits, and refuses reuse of a step", () => {
    const code = totpCode(secret, now);
    const step = acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)!;
    expect(step).toBe(Math.floor(now / 30_000));
    expect(acceptedStep(secret, code, step, now)).toBeNull();
    expect(acceptedStep(secret, "12345", null, now)).toBeNull();
    expect(acceptedStep(secret, "abcdef", null, now)).toBeNull();
  });

  it("makes a different 160-bit secret each time", () => {
    expect(newTotpSecret()).toHaveLength(32);
    expect(newTotpSecret()).not.toBe(secret);
  });
});

describe("overdue requests", () => {
  const friday = new Date("2026-11-27T15:00:00Z");
  it("counts working days only", () => {
    expect(workingDaysSince(friday, new Date("2026-11-27T18:00:00Z"))).toBe(0);
    expect(workingDaysSince(friday, new Date("2026-11-29T10:00:00Z"))).toBe(0); // Sunday
    expect(workingDaysSince(friday, new Date("2026-11-30T10:00:00Z"))).toBe(1); // Monday
    expect(workingDaysSince(friday, new Date("2026-12-07T10:00:00Z"))).toBe(6);
  });

  it("counts Karachi days, not UTC ones: 01:00 PKT on Tuesday is Tuesday", () => {
    const tuesdayNight = new Date("2026-11-30T20:00:00Z"); // Monday in UTC, Tuesday 01:00 in Karachi
    expect(workingDaysSince(tuesdayNight, new Date("2026-12-01T10:00:00Z"))).toBe(0);
    expect(workingDaysSince(tuesdayNight, new Date("2026-12-01T19:30:00Z"))).toBe(1); // Wednesday 00:30 PKT
    expect(
      isOverdue(
        { status: "received", urgent: true, createdAt: tuesdayNight },
        { normal: 5, urgent: 0 },
        new Date("2026-12-01T18:00:00Z"),
      ),
    ).toBe(false);
  });

  it("is overdue only while the Embassy has to act, sooner when urgent", () => {
    const limits = { normal: 5, urgent: 1 };
    const tuesday = new Date("2026-12-01T10:00:00Z"); // 2 working days later
    expect(isOverdue({ status: "received", urgent: true, createdAt: friday }, limits, tuesday)).toBe(true);
    expect(isOverdue({ status: "received", urgent: false, createdAt: friday }, limits, tuesday)).toBe(false);
    const later = new Date("2026-12-07T10:00:00Z");
    expect(isOverdue({ status: "in_review", urgent: false, createdAt: friday }, limits, later)).toBe(true);
    expect(isOverdue({ status: "needs_information", urgent: false, createdAt: friday }, limits, later)).toBe(false);
    expect(isOverdue({ status: "completed", urgent: true, createdAt: friday }, limits, later)).toBe(false);
  });
});

describe("the queue's and audit log's day filters are Karachi days", () => {
  it("a request at 01:00 PKT on the 28th belongs to the 28th, and one at 23:59 PKT on the 27th does not", () => {
    const { from, to } = dateRangeFrom(new URLSearchParams("from=2026-11-28&to=2026-11-28"));
    expect(from?.toISOString()).toBe("2026-11-27T19:00:00.000Z");
    expect(to?.toISOString()).toBe("2026-11-28T19:00:00.000Z");
    const inRange = (at: string) => new Date(at) >= from! && new Date(at) < to!;
    expect(inRange("2026-11-27T20:00:00Z")).toBe(true); // 01:00 PKT on the 28th
    expect(inRange("2026-11-27T18:59:00Z")).toBe(false); // 23:59 PKT on the 27th
    expect(inRange("2026-11-28T18:59:00Z")).toBe(true); // 23:59 PKT on the 28th
    expect(dateRangeInputs({ from, to })).toEqual({ from: "2026-11-28", to: "2026-11-28" });
  });

  it("ignores days that do not exist", () => {
    expect(dateRangeFrom(new URLSearchParams("from=2026-02-30&to=nonsense"))).toEqual({
      from: undefined,
      to: undefined,
    });
  });
});

describe("settings typed into the admin form", () => {
  it.each([
    ["fee.visa.standard", "75", 75],
    ["fee.visa.standard", " ", null],
    ["embassy.phone", "+92 51 0000000", "+92 51 0000000"],
    ["embassy.phone", "", ""],
    ["legalization.route", "apostille_applies", "apostille_applies"],
    ["retention.days", "400", 400],
    ["rule.by_citizen", "", null],
  ] as const)("%s from %j is %j", (key, raw, value) => {
    expect(parseFormValue(key as never, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["fee.visa.standard", "sixty"],
    ["fee.visa.standard", "-1"],
    ["retention.days", "10"],
    ["retention.days", "40.5"],
    ["legalization.route", "maybe"],
  ] as const)("%s refuses %j", (key, raw) => {
    expect(parseFormValue(key, raw)).toEqual({ ok: false });
  });

  it("offers the choices of a fixed list, and none for free input", () => {
    expect(settingChoices("legalization.route")).toEqual([
      "consular_legalization_required",
      "apostille_applies",
      "unknown",
    ]);
    expect(settingChoices("embassy.phone")).toBeNull();
  });
});

describe("the queue's filter in the URL", () => {
  it("reads and writes the same filter, with Karachi days and the 'to' day inclusive", () => {
    const filter = queueFilterFrom(
      new URLSearchParams("status=in_review&replied=1&assignee=me&from=2026-11-01&to=2026-11-30&q=Khan"),
    );
    expect(filter).toMatchObject({
      status: "in_review",
      replied: true,
      assignee: "me",
      from: new Date("2026-10-31T19:00:00Z"),
      to: new Date("2026-11-30T19:00:00Z"),
      search: "Khan",
    });
    expect(queueQuery(filter)).toBe("status=in_review&replied=1&assignee=me&from=2026-11-01&to=2026-11-30&q=Khan");
  });

  it("ignores values that are not filters", () => {
    expect(queueFilterFrom(new URLSearchParams("status=lost&from=yesterday&to=2026-13-45&assignee=a'b"))).toMatchObject(
      { status: undefined, from: undefined, to: undefined, assignee: undefined },
    );
  });
});
