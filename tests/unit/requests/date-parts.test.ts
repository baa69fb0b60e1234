import { describe, expect, it } from "vitest";
import { combineDateParts, partsInError } from "../../../app/lib/requests/date-parts";
import { validateStep } from "../../../app/lib/requests/journey";

describe("dates in three boxes", () => {
  it("combine into an ISO date, padding one-digit days and months", () => {
    expect(combineDateParts({ day: "7", month: "3", year: "1990" })).toEqual({ ok: true, value: "1990-03-07" });
    expect(combineDateParts({ day: " 27 ", month: "03", year: "1990" })).toEqual({ ok: true, value: "1990-03-27" });
  });

  it("accept Urdu and Arabic-Indic digits", () => {
    expect(combineDateParts({ day: "۲۷", month: "۳", year: "۱۹۹۰" })).toEqual({ ok: true, value: "1990-03-27" });
    expect(combineDateParts({ day: "٢٧", month: "٣", year: "١٩٩٠" })).toEqual({ ok: true, value: "1990-03-27" });
  });

  it("say which part is wrong", () => {
    expect(combineDateParts({ day: "", month: "", year: "" })).toEqual({ ok: false, error: "required" });
    expect(combineDateParts({ day: "", month: "3", year: "1990" })).toEqual({ ok: false, error: "dateDay" });
    expect(combineDateParts({ day: "27", month: "", year: "1990" })).toEqual({ ok: false, error: "dateMonth" });
    expect(combineDateParts({ day: "27", month: "3", year: "90" })).toEqual({ ok: false, error: "dateYear" });
    expect(combineDateParts({ day: "31", month: "2", year: "2026" })).toEqual({ ok: false, error: "date" });
    expect(combineDateParts({ day: "x", month: "3", year: "2026" })).toEqual({ ok: false, error: "date" });
    expect(partsInError("dateMonth")).toEqual(["month"]);
    expect(partsInError("datePast")).toEqual(["day", "month", "year"]);
  });

  it("feed the step's schema: a real date passes, a missing part or a future date of birth is that field's error", () => {
    const answers = (day: string, month: string, year: string) => ({
      registrationKind: "permanent",
      passportNumber: "MP1234567",
      cityInPakistan: "Lahore",
      "dateOfBirth-day": day,
      "dateOfBirth-month": month,
      "dateOfBirth-year": year,
    });
    expect(validateStep("consular_registration", "registration", answers("۲۷", "۳", "۱۹۹۰"))).toMatchObject({
      ok: true,
      values: { dateOfBirth: "1990-03-27" },
    });
    expect(validateStep("consular_registration", "registration", answers("27", "", "1990"))).toEqual({
      ok: false,
      errors: { dateOfBirth: "dateMonth" },
    });
    expect(validateStep("consular_registration", "registration", answers("1", "1", "2999"))).toEqual({
      ok: false,
      errors: { dateOfBirth: "datePast" },
    });
    expect(validateStep("consular_registration", "registration", answers("", "", ""))).toEqual({
      ok: false,
      errors: { dateOfBirth: "required" },
    });
  });
});
