/**
 * A "from"–"to" filter of whole days as date inputs send it (YYYY-MM-DD), read as days of
 * the Embassy's calendar (Karachi): `from` is the start of its day, `to` the start of the
 * day after, so both days are included and a request at 01:00 PKT belongs to its own day.
 */
import { embassyDay, endOfEmbassyDay, startOfEmbassyDay } from "./embassy-time";

export type DateRange = { from?: Date; to?: Date };

const day = (value: string | null, read: (day: string) => Date): Date | undefined => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  try {
    return read(value);
  } catch {
    return undefined; // no such day (2026-02-30)
  }
};

export function dateRangeFrom(params: URLSearchParams): DateRange {
  return { from: day(params.get("from"), startOfEmbassyDay), to: day(params.get("to"), endOfEmbassyDay) };
}

/** The range back as the date inputs' values ("" for an open end). */
export function dateRangeInputs(range: DateRange): { from: string; to: string } {
  return {
    from: range.from ? embassyDay(range.from) : "",
    to: range.to ? embassyDay(new Date(range.to.getTime() - 1)) : "",
  };
}
