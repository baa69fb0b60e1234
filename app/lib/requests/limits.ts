/**
 * How often one client (an address, IPv6 by /64) may act per hour. Both can be raised by
 * configuration: the end-to-end tests and benchmarks send everything from one address, and
 * an Embassy behind a shared address might need to.
 */
import { config } from "../config";

/** Requests sent, through the form and the API together (REQUESTS_PER_HOUR, default 10). */
export const submissionsPerHour = () => config().requestsPerHour;

/** Tracking look-ups, on the page, through its forms and the API (LOOKUPS_PER_HOUR, default 30): guessing codes stays slow. */
export const lookupsPerHour = () => config().lookupsPerHour;
