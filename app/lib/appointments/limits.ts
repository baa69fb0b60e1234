/**
 * Bookings count against the same hourly limit per client as requests (REQUESTS_PER_HOUR,
 * lib/requests/limits.ts), through the pages and the API together, in a counter of their own;
 * joining the wait-list and confirming an offer count as bookings. Joining has a daily limit
 * of its own too (WAITLIST_JOINS_PER_DAY): each entry may hold a freed place for hours, so
 * one client must not put many addresses in line.
 */
import { config } from "../config";
import { clientKey, withinLimit } from "../rate-limit";
import { submissionsPerHour } from "../requests/limits";

export const BOOKING_LIMIT_WINDOW_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
export const bookingsPerHourKey = (ip: string) => `book:${clientKey(ip)}`;

/** Counts one booking (or wait-list step) of this client: false when the hour's limit is reached. */
export const withinBookingLimit = (ip: string) =>
  withinLimit(bookingsPerHourKey(ip), submissionsPerHour(), BOOKING_LIMIT_WINDOW_MS);

/** Counts one wait-list join of this client: false when the day's limit is reached. */
export const withinWaitlistJoinLimit = (ip: string) =>
  withinLimit(`waitlist:${clientKey(ip)}`, config().waitlistJoinsPerDay, DAY_MS);
