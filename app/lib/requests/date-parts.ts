/**
 * Dates typed as the GOV.UK date-input pattern: day, month and year in three boxes. Pure.
 * Urdu (Extended Arabic-Indic) and Arabic-Indic digits are read as ASCII ones. The answer is
 * an ISO date (what the schemas and the API take), or an error key that says which part is
 * wrong, so the page can mark that box.
 */
import { asciiDigits } from "../text";

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** The form field of one part: "dateOfBirth-day". */
export const partName = (field: string, part: DatePart) => `${field}-${part}`;

export type DateError = "required" | "dateDay" | "dateMonth" | "dateYear" | "date";

export function combineDateParts(
  parts: Record<DatePart, string>,
): { ok: true; value: string } | { ok: false; error: DateError } {
  const [day, month, year] = DATE_PARTS.map((p) => asciiDigits(parts[p]).replace(/[\s.\-/]/g, ""));
  if (!day && !month && !year) return { ok: false, error: "required" };
  if (!day) return { ok: false, error: "dateDay" };
  if (!month) return { ok: false, error: "dateMonth" };
  if (!/^\d{4}$/.test(year!)) return { ok: false, error: "dateYear" };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return { ok: false, error: "date" };
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  // 31 February becomes 3 March in Date: a real date survives the round trip unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso
    ? { ok: true, value: iso }
    : { ok: false, error: "date" };
}

/** The boxes an error concerns: one part, or all three. */
export function partsInError(error: string | undefined): DatePart[] {
  if (!error) return [];
  if (error === "dateDay") return ["day"];
  if (error === "dateMonth") return ["month"];
  if (error === "dateYear") return ["year"];
  return [...DATE_PARTS];
}
