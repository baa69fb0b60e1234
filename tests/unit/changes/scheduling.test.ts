import { describe, expect, it } from "vitest";
import { embassyDay } from "../../../app/lib/embassy-time";
import { inForceOn, statusOnApproval, versionOn } from "../../../app/lib/changes/payloads";

describe("a change dated in the Embassy's calendar (Asia/Karachi, UTC+5)", () => {
  // 1 March, 23:59:59 in Islamabad is 18:59:59 UTC; a second later it is 2 March there.
  const lastSecondOfMarch1 = new Date("2026-03-01T18:59:59Z");
  const firstSecondOfMarch2 = new Date("2026-03-01T19:00:00Z");

  it("is scheduled until midnight in Karachi, and published from it, whatever UTC says", () => {
    expect(statusOnApproval("2026-03-02", embassyDay(lastSecondOfMarch1))).toBe("scheduled");
    expect(statusOnApproval("2026-03-02", embassyDay(firstSecondOfMarch2))).toBe("published");
  });

  it("applies on its day and after, never the day before", () => {
    expect(inForceOn("2026-03-02", "2026-03-01")).toBe(false);
    expect(inForceOn("2026-03-02", "2026-03-02")).toBe(true);
    expect(inForceOn("2026-03-02", "2027-01-01")).toBe(true);
  });
});

describe("versionOn: the version in force on a day", () => {
  const versions = [
    { number: 1, effectiveDay: "2026-01-01" },
    { number: 2, effectiveDay: "2026-03-02" }, // scheduled
    { number: 3, effectiveDay: "2026-01-01" }, // a correction of 1, approved later for the same day
  ];

  it("none before the first effective day: the released defaults apply", () => {
    expect(versionOn(versions, "2025-12-31")).toBeUndefined();
  });

  it("the latest effective day not after the day asked, then the last approved", () => {
    expect(versionOn(versions, "2026-03-01")?.number).toBe(3);
    expect(versionOn(versions, "2026-03-02")?.number).toBe(2);
  });

  it("a rollback (a new number restoring an earlier payload) wins over what it replaces", () => {
    const rolledBack = [...versions, { number: 4, effectiveDay: "2026-03-05" }];
    expect(versionOn(rolledBack, "2026-03-04")?.number).toBe(2);
    expect(versionOn(rolledBack, "2026-03-05")?.number).toBe(4);
  });

  it("a trip asked about for a later date gets the version scheduled for it already", () => {
    expect(versionOn(versions, "2026-06-15")?.number).toBe(2);
  });
});
