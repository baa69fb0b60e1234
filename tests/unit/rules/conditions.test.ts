// Conditions as data: each operator, read by the one pure function.
import { describe, expect, it } from "vitest";
import { holds, type Condition } from "../../../app/lib/rules/conditions";
import type { Answers } from "../../../app/lib/visa/answers";

describe("holds", () => {
  it.each<[string, Condition, Answers, boolean]>([
    ["eq, equal", { id: "c", field: "passport", operator: "eq", value: "ordinary" }, { passport: "ordinary" }, true],
    [
      "eq, different",
      { id: "c", field: "passport", operator: "eq", value: "ordinary" },
      { passport: "service" },
      false,
    ],
    ["ne, different", { id: "c", field: "purpose", operator: "ne", value: "work" }, { purpose: "tourism" }, true],
    ["ne, equal", { id: "c", field: "purpose", operator: "ne", value: "work" }, { purpose: "work" }, false],
    [
      "in, listed",
      { id: "c", field: "passport", operator: "in", value: ["diplomatic", "service"] },
      { passport: "service" },
      true,
    ],
    [
      "in, not listed",
      { id: "c", field: "passport", operator: "in", value: ["diplomatic", "service"] },
      { passport: "ordinary" },
      false,
    ],
    [
      "not_in, not listed",
      { id: "c", field: "nationality", operator: "not_in", value: ["PK", "BY"] },
      { nationality: "IN" },
      true,
    ],
    [
      "not_in, listed",
      { id: "c", field: "nationality", operator: "not_in", value: ["PK", "BY"] },
      { nationality: "PK" },
      false,
    ],
    ["lte, at the limit", { id: "c", field: "stayDays", operator: "lte", value: 30 }, { stayDays: 30 }, true],
    ["lte, over it", { id: "c", field: "stayDays", operator: "lte", value: 30 }, { stayDays: 31 }, false],
    [
      "sum_lte, exactly the cap",
      { id: "c", field: "visaFreeDaysThisYear", operator: "sum_lte", plus: ["stayDays"], value: 90 },
      { visaFreeDaysThisYear: 60, stayDays: 30 },
      true,
    ],
    [
      "sum_lte, one day over",
      { id: "c", field: "visaFreeDaysThisYear", operator: "sum_lte", plus: ["stayDays"], value: 90 },
      { visaFreeDaysThisYear: 61, stayDays: 30 },
      false,
    ],
    [
      "sum_lte, the other field unanswered counts 0",
      { id: "c", field: "visaFreeDaysThisYear", operator: "sum_lte", plus: ["stayDays"], value: 90 },
      { visaFreeDaysThisYear: 90 },
      true,
    ],
    [
      "within, the first day",
      { id: "c", field: "travelDate", operator: "within", value: { from: "2021-10-17" } },
      { travelDate: "2021-10-17" },
      true,
    ],
    [
      "within, the day before",
      { id: "c", field: "travelDate", operator: "within", value: { from: "2021-10-17" } },
      { travelDate: "2021-10-16" },
      false,
    ],
    [
      "within, the last day",
      { id: "c", field: "travelDate", operator: "within", value: { from: "2021-10-17", to: "2027-02-28" } },
      { travelDate: "2027-02-28" },
      true,
    ],
    [
      "within, the day after",
      { id: "c", field: "travelDate", operator: "within", value: { to: "2027-02-28" } },
      { travelDate: "2027-03-01" },
      false,
    ],
  ])("%s", (_, condition, answers, expected) => expect(holds(condition, answers)).toBe(expected));
});
