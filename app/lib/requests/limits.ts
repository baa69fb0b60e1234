/**
 * How often one client (an address, IPv6 by /64) may act, and how much it may upload. Each can be raised by
 * configuration: the end-to-end tests and benchmarks send everything from one address, and
 * an Embassy behind a shared address might need to.
 */
import { config } from "../config";

/** Requests sent, through the form and the API together (REQUESTS_PER_HOUR, default 10). */
export const submissionsPerHour = () => config().requestsPerHour;

/** Requests started (drafts created) per client (DRAFTS_PER_HOUR, default 20): each holds a row and, soon, files. */
export const draftsPerHour = () => config().draftsPerHour;

/** Files uploaded into drafts per client (UPLOADS_PER_HOUR, default 30). */
export const uploadsPerHour = () => config().uploadsPerHour;

/** Megabytes one client may upload into drafts per day (UPLOAD_MB_PER_DAY, default 60): the disk cannot be filled. */
export const uploadMegabytesPerDay = () => config().uploadMegabytesPerDay;

/** Tracking look-ups, on the page, through its forms and the API (LOOKUPS_PER_HOUR, default 30): guessing codes stays slow. */
export const lookupsPerHour = () => config().lookupsPerHour;

/**
 * The shortest time from the first page of a request to sending it that a person can take
 * (REQUEST_MIN_FILL_SECONDS, default 5; 0 turns the check off, as the end-to-end tests may).
 * Sent sooner, the request is refused (never discarded): see bot-check.ts.
 */
export const minFillMs = () => config().minFillMs;
