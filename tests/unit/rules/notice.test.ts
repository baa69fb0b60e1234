// A rule's dated notice: shown from its first day (Karachi), in the page's language or else in English.
import { describe, expect, it } from "vitest";
import { defaultRuleParameters } from "../../../app/lib/rules/parameters";
import { noticeOf } from "../../../app/lib/visa/present";
import { rulesFor } from "../../../app/lib/visa/rules";

const parameters = defaultRuleParameters();
parameters.rules.by_visa_required.notice = {
  from: "2027-03-01",
  text: { en: "From 1 March the Embassy also accepts…", ru: "С 1 марта посольство также принимает…" },
};
const rule = rulesFor(parameters).find((r) => r.id === "by_visa_required")!;

describe("noticeOf", () => {
  it("is shown from its first day, not the day before", () => {
    expect(noticeOf(rule, "en", "2027-02-28")).toBeNull();
    expect(noticeOf(rule, "en", "2027-03-01")).toEqual({ text: "From 1 March the Embassy also accepts…", lang: "en" });
  });

  it("is in the page's language where staff wrote it, else in English and marked so", () => {
    expect(noticeOf(rule, "ru", "2027-03-01")).toEqual({ text: "С 1 марта посольство также принимает…", lang: "ru" });
    expect(noticeOf(rule, "ur", "2027-03-01")).toEqual({ text: "From 1 March the Embassy also accepts…", lang: "en" });
  });

  it("is absent on a rule without one", () => {
    expect(noticeOf(rulesFor(defaultRuleParameters())[0]!, "en", "2027-03-01")).toBeNull();
  });
});
