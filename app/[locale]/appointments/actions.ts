"use server";
/**
 * The booking pages' actions (post/redirect/get, so everything works without JavaScript):
 * save the details, book, look a booking up with its code, cancel it. Each is a public POST
 * endpoint and checks everything itself.
 */
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isLocale } from "@/i18n/locales";
import { bookAppointment } from "@/lib/appointments/book";
import { bookingSchema, DETAIL_FIELDS } from "@/lib/appointments/booking-schema";
import { forgetManagedReference, readBooking, readManagedReference, writeBooking, writeManagedReference } from "@/lib/appointments/booking-cookie";
import { bookingsPerHourKey } from "@/lib/appointments/limits";
import { cancelOwnAppointment, findAppointmentByCode } from "@/lib/appointments/manage";
import { managePath, managePlace } from "@/lib/appointments/manage-paths";
import { isServiceId } from "@/lib/appointments/slots";
import { clientIp } from "@/lib/client-ip";
import { embassyDay } from "@/lib/embassy-time";
import { readField } from "@/lib/form-data";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { lookupsPerHour, submissionsPerHour } from "@/lib/requests/limits";
import { getPathname } from "@/i18n/navigation";

function localeOf(data: FormData): string {
  const locale = readField(data, "locale");
  return isLocale(locale) ? locale : "en";
}

export async function saveDetails(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const service = readField(data, "service");
  const start = readField(data, "start").slice(0, 40);
  if (!isServiceId(service)) redirect(getPathname({ locale, href: "/appointments" }));
  const values = Object.fromEntries(DETAIL_FIELDS.map((f) => [f, readField(data, f).slice(0, 500)]));
  const { purpose, ...rest } = values;
  const parsed = bookingSchema.safeParse({ ...rest, ...(service === "visa" ? { purpose } : {}), service, start, locale });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  await writeBooking({ service, start, values, errors });
  const details = getPathname({ locale, href: `/appointments/${service}/details?start=${encodeURIComponent(start)}` });
  if (errors.start || errors.service) redirect(getPathname({ locale, href: `/appointments/${service}?unavailable=1` }));
  redirect(Object.keys(errors).length ? `${details}&invalid=1` : getPathname({ locale, href: "/appointments/check" }));
}

export async function confirmBooking(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const state = await readBooking();
  if (!state || state.booked) redirect(getPathname({ locale, href: "/appointments?expired=1" }));
  const { purpose, ...rest } = state.values;
  const parsed = bookingSchema.safeParse({ ...rest, ...(state.service === "visa" ? { purpose } : {}), service: state.service, start: state.start, locale });
  if (!parsed.success) redirect(getPathname({ locale, href: `/appointments/${state.service}/details?start=${encodeURIComponent(state.start)}&invalid=1` }));
  if (!(await withinLimit(bookingsPerHourKey(await clientIp()), submissionsPerHour(), 60 * 60 * 1000))) redirect(getPathname({ locale, href: "/appointments/check?limited=1" }));
  const result = await bookAppointment(parsed.data, { origin: publicOrigin() });
  if (!result.ok) {
    if (result.error === "alreadyBooked") redirect(getPathname({ locale, href: "/appointments/check?alreadyBooked=1" }));
    redirect(getPathname({ locale, href: `/appointments/${state.service}?day=${embassyDay(new Date(state.start))}&unavailable=1` }));
  }
  await writeBooking({ ...state, values: {}, errors: {}, booked: { reference: result.reference, accessCode: result.accessCode, start: state.start, service: state.service } });
  after(deliverOutboxSoon);
  redirect(getPathname({ locale, href: "/appointments/confirmation" }));
}

const placeOf = (data: FormData) => managePlace(readField(data, "place"));

export async function lookUpAppointment(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const place = placeOf(data);
  if (!(await withinLimit(`track:${clientKey(await clientIp())}`, lookupsPerHour(), 60 * 60 * 1000))) redirect(managePath(locale, place, { error: "tooMany" }));
  const appointment = await findAppointmentByCode(readField(data, "reference").slice(0, 40), readField(data, "code").slice(0, 40));
  if (!appointment) redirect(managePath(locale, place, { error: "notFound" }));
  await writeManagedReference(appointment.reference);
  redirect(managePath(locale, place));
}

export async function cancelAppointment(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const place = placeOf(data);
  const reference = await readManagedReference();
  if (!reference) redirect(managePath(locale, place, { error: "expired" }));
  const cancelled = await cancelOwnAppointment(reference);
  redirect(managePath(locale, place, cancelled ? { done: "cancelled" } : { error: "notAllowed" }));
}

export async function closeAppointment(data: FormData): Promise<void> {
  await forgetManagedReference();
  const locale = localeOf(data);
  const place = placeOf(data);
  redirect(place === "track" ? getPathname({ locale, href: "/track" }) : managePath(locale, place));
}
