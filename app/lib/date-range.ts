/**
 * A "from"–"to" filter of whole days as date inputs send it (YYYY-MM-DD, UTC): `from` is
 * the start of its day, `to` the instant after its day ends, so both days are included.
 */
const DAY_MS = 86_400_000;

export type DateRange = { from?: Date; to?: Date };

const day = (value: string | null): Date | undefined => {
  const time = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time);
};

export function dateRangeFrom(params: URLSearchParams): DateRange {
  const to = day(params.get("to"));
  return { from: day(params.get("from")), to: to && new Date(to.getTime() + DAY_MS) };
}

/** The range back as the date inputs' values ("" for an open end). */
export function dateRangeInputs(range: DateRange): { from: string; to: string } {
  return {
    from: range.from ? range.from.toISOString().slice(0, 10) : "",
    to: range.to ? new Date(range.to.getTime() - DAY_MS).toISOString().slice(0, 10) : "",
  };
}
