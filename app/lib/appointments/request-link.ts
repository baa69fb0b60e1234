import "server-only";
/**
 * "Book a visit for this request": a booking may name the request it is for, and staff then
 * see the visit on the request. Only its applicant may link it: the booking pages carry the
 * request's reference, and it is linked only while this browser's tracking session opens that
 * request (tracking-access.ts), checked when the details are saved and again when booking;
 * a reference alone, someone else's, links nothing.
 */
import { accessFromSession, type TrackingAccess } from "../requests/tracking-access";
import { isServiceId, type ServiceId } from "./slots";
import { getPathname } from "@/i18n/pathname";

/** The appointment service a kind of request is seen to: its own, or "other" (a bereavement, a general inquiry). */
export const serviceForRequest = (type: string): ServiceId => (isServiceId(type) ? type : "other");

/** Where the tracking page's "book a visit" link goes: the service's days, carrying the request. */
export const bookForRequestPath = (locale: string, type: string, reference: string) =>
  `${getPathname({ locale, href: `/appointments/${serviceForRequest(type)}` })}?request=${encodeURIComponent(reference)}`;

/** The `request` a booking page was given (query or form), if any: at most a reference's length. */
export const requestParam = (value: unknown): string | undefined =>
  typeof value === "string" && value ? value.slice(0, 40) : undefined;

/** The request a booking may be linked to: the one named, when this browser's tracking session opens it. */
export async function requestToLink(reference: string | undefined): Promise<TrackingAccess | null> {
  return reference ? accessFromSession(reference) : null;
}
