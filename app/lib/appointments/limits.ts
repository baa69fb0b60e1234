/**
 * Bookings count against the same hourly limit per client as requests (REQUESTS_PER_HOUR,
 * lib/requests/limits.ts), through the pages and the API together, in a counter of their own;
 * joining the wait-list and confirming an offer count as bookings.
 */
import { clientKey, withinLimit } from "../rate-limit";
import { submissionsPerHour } from "../requests/limits";

export const BOOKING_LIMIT_WINDOW_MS = 60 * 60 * 1000;
export const bookingsPerHourKey = (ip: string) => `book:${clientKey(ip)}`;

/** Counts one booking (or wait-list step) of this client: false when the hour's limit is reached. */
export const withinBookingLimit = (ip: string) =>
  withinLimit(bookingsPerHourKey(ip), submissionsPerHour(), BOOKING_LIMIT_WINDOW_MS);
