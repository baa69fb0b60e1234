import { describe, expect, it } from "vitest";
import { parseFormValue, settingChoices } from "../../app/lib/settings/definitions";
import { isOverdue, workingDaysSince } from "../../app/lib/staff/overdue";
import { queueFilterFrom, queueQuery } from "../../app/lib/staff/queue-filter";
import { acceptedStep, newTotpSecret, totpCode } from "../../app/lib/staff/two-factor";

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 27, 9, 0, 15);

  it("accepts the current code and one step of drift either way, not two", () => {
    for (const drift of [-30_000, 0, 30_000]) expect(acceptedStep(secret, totpCode(secret, now + drift), null, now)).not.toBeNull();
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
    expect(settingChoices("legalization.route")).toEqual(["consular_legalization_required", "apostille_applies", "unknown"]);
    expect(settingChoices("embassy.phone")).toBeNull();
  });
});

describe("the queue's filter in the URL", () => {
  it("reads and writes the same filter, with the 'to' day inclusive", () => {
    const filter = queueFilterFrom(new URLSearchParams("status=in_review&assignee=me&from=2026-11-01&to=2026-11-30&q=Khan"));
    expect(filter).toMatchObject({ status: "in_review", assignee: "me", from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z"), search: "Khan" });
    expect(queueQuery(filter)).toBe("status=in_review&assignee=me&from=2026-11-01&to=2026-11-30&q=Khan");
  });

  it("ignores values that are not filters", () => {
    expect(queueFilterFrom(new URLSearchParams("status=lost&from=yesterday&to=2026-13-45&assignee=a'b"))).toMatchObject({ status: undefined, from: undefined, to: undefined, assignee: undefined });
  });
});
