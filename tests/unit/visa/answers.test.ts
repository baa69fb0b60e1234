import { describe, expect, it } from "vitest";
import { answersToQuery, parseAnswers } from "../../../app/lib/visa/answers";

describe("parseAnswers", () => {
  it("reads valid answers and names the invalid ones", () => {
    const { answers, errors } = parseAnswers(new URLSearchParams("destination=BY&nationality=pk&stayDays=x&euVisa=lots"));
    expect(answers).toEqual({ destination: "BY", nationality: "PK" });
    expect(errors.map((e) => e.param)).toEqual(["stayDays", "euVisa"]);
  });

  it.each([
    ["۱۰", 10],
    ["٢٥", 25],
    [" 7 ", 7],
  ])("reads the number of days %s as %i", (typed, days) => {
    expect(parseAnswers(new URLSearchParams({ stayDays: typed })).answers.stayDays).toBe(days);
  });

  it.each(["XX", "P", "PAK", "12", "\u202EKP"])("refuses the nationality %s", (code) => {
    expect(parseAnswers(new URLSearchParams({ nationality: code })).errors).toHaveLength(1);
  });

  it("treats empty values as not given", () => {
    expect(parseAnswers(new URLSearchParams("destination=&stayDays=%20"))).toEqual({ answers: {}, errors: [] });
  });

  it("writes answers back in question order", () => {
    expect(answersToQuery({ stayDays: 5, destination: "PK", nationality: "BY" })).toBe("destination=PK&nationality=BY&stayDays=5");
  });
});
