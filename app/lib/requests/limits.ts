/**
 * How often one client (an address, IPv6 by /64) may act, and how much it may upload. Each can be raised by
 * configuration: the end-to-end tests and benchmarks send everything from one address, and
 * an Embassy behind a shared address might need to.
 */
const perHour = (variable: string, fallback: number) => {
  const configured = Number(process.env[variable]);
  return Number.isInteger(configured) && configured > 0 ? configured : fallback;
};

/** Requests sent, through the form and the API together (REQUESTS_PER_HOUR, default 10). */
export const submissionsPerHour = () => perHour("REQUESTS_PER_HOUR", 10);

/** Requests started (drafts created) per client (DRAFTS_PER_HOUR, default 20): each holds a row and, soon, files. */
export const draftsPerHour = () => perHour("DRAFTS_PER_HOUR", 20);

/** Files uploaded into drafts per client (UPLOADS_PER_HOUR, default 30). */
export const uploadsPerHour = () => perHour("UPLOADS_PER_HOUR", 30);

/** Megabytes one client may upload into drafts per day (UPLOAD_MB_PER_DAY, default 60): the disk cannot be filled. */
export const uploadMegabytesPerDay = () => perHour("UPLOAD_MB_PER_DAY", 60);

/** Tracking look-ups, on the page, through its forms and the API (LOOKUPS_PER_HOUR, default 30): guessing codes stays slow. */
export const lookupsPerHour = () => perHour("LOOKUPS_PER_HOUR", 30);

/**
 * The shortest time from the first page of a request to sending it that a person can take
 * (REQUEST_MIN_FILL_SECONDS, default 5; 0 turns the check off, as the end-to-end tests may).
 * Sent sooner, the request is refused (never discarded): see bot-check.ts.
 */
export function minFillMs(): number {
  const configured = process.env.REQUEST_MIN_FILL_SECONDS?.trim() ? Number(process.env.REQUEST_MIN_FILL_SECONDS) : NaN;
  return (Number.isFinite(configured) && configured >= 0 ? configured : 5) * 1000;
}
