import { describe, expect, it } from "vitest";
import { answersToQuery, parseAnswers } from "../../../app/lib/visa/answers";

describe("parseAnswers", () => {
  it("reads valid answers and names the invalid ones, each with its code", () => {
    const { answers, errors } = parseAnswers(
      new URLSearchParams("destination=BY&nationality=pk&stayDays=x&euVisa=lots"),
    );
    expect(answers).toEqual({ destination: "BY", nationality: "PK" });
    expect(errors.map((e) => [e.param, e.code])).toEqual([
      ["euVisa", "invalid_value"],
      ["stayDays", "invalid_value"],
    ]);
  });

  it.each(["1e1", "0x0A", " 10", "10 ", "10.5", "+10", "-1", "1_0", "０１０", "10abc", "Infinity"])(
    "refuses the whole number %j exactly as sent (the API), never reading it as 10",
    (sent) => {
      const { answers, errors } = parseAnswers(new URLSearchParams({ stayDays: sent, visaFreeDaysThisYear: sent }));
      expect(answers).toEqual({});
      expect(errors.map((e) => e.param)).toEqual(["stayDays", "visaFreeDaysThisYear"]);
    },
  );

  it.each([
    ["stayDays", "0", false],
    ["stayDays", "1", true],
    ["stayDays", "3650", true],
    ["stayDays", "3651", false],
    ["visaFreeDaysThisYear", "0", true],
    ["visaFreeDaysThisYear", "365", true],
    ["visaFreeDaysThisYear", "366", false],
  ] as const)("%s=%s is accepted: %s", (field, sent, ok) => {
    expect(parseAnswers(new URLSearchParams({ [field]: sent })).errors.length === 0).toBe(ok);
  });

  it.each([
    ["۱۰", 10],
    ["٢٥", 25],
    [" 7 ", 7],
  ])("reads the number of days %s typed into the wizard as %i", (typed, days) => {
    expect(parseAnswers(new URLSearchParams({ stayDays: typed }), { typed: true }).answers.stayDays).toBe(days);
  });

  it.each(["XX", "P", "PAK", "12", "\u202EKP"])("refuses the nationality %s", (code) => {
    expect(parseAnswers(new URLSearchParams({ nationality: code })).errors).toHaveLength(1);
  });

  it("treats empty values as not given; in the wizard, spaces alone too", () => {
    expect(parseAnswers(new URLSearchParams("destination=&stayDays="))).toEqual({ answers: {}, errors: [] });
    expect(parseAnswers(new URLSearchParams("destination=&stayDays=%20"), { typed: true })).toEqual({
      answers: {},
      errors: [],
    });
  });

  it("writes answers back in question order", () => {
    expect(answersToQuery({ stayDays: 5, destination: "PK", nationality: "BY" })).toBe(
      "destination=PK&nationality=BY&stayDays=5",
    );
  });
});
