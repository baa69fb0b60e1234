/**
 * Bookings count against the same hourly limit per client as requests (REQUESTS_PER_HOUR,
 * lib/requests/limits.ts), through the pages and the API together, in a counter of their own.
 */
import { clientKey } from "../rate-limit";

export const bookingsPerHourKey = (ip: string) => `book:${clientKey(ip)}`;
