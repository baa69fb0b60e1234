"use server";
/**
 * The booking pages' actions (post/redirect/get, so everything works without JavaScript):
 * save the details, book, look a booking up with its code, cancel it; join a wait-list and
 * confirm a wait-list offer. Each is a public POST endpoint and checks everything itself.
 */
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isLocale } from "@/i18n/locales";
import { bookAppointment } from "@/lib/appointments/book";
import {
  bookingSchema,
  DETAIL_FIELDS,
  firstErrors,
  OFFER_FIELDS,
  offerDetailsSchema,
  WAITLIST_FIELDS,
  waitlistSchema,
} from "@/lib/appointments/booking-schema";
import {
  forgetManagedReference,
  readBooking,
  readManagedReference,
  writeBooking,
  writeFormState,
  writeManagedReference,
} from "@/lib/appointments/booking-cookie";
import { withinBookingLimit, withinWaitlistJoinLimit } from "@/lib/appointments/limits";
import { requestParam, requestToLink } from "@/lib/appointments/request-link";
import { declineOffer, findOffer, joinWaitlist, offerPath } from "@/lib/appointments/waitlist";
import { cancelOwnAppointment, findAppointmentByCode } from "@/lib/appointments/manage";
import { managePath, managePlace } from "@/lib/appointments/manage-paths";
import { isServiceId } from "@/lib/appointments/slots";
import { clientIp } from "@/lib/client-ip";
import { embassyDay, embassyIso } from "@/lib/embassy-time";
import { readField } from "@/lib/form-data";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { lookupsPerHour } from "@/lib/requests/limits";
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
  const errors = firstErrors(
    bookingSchema.safeParse({ ...rest, ...(service === "visa" ? { purpose } : {}), service, start, locale }).error,
  );
  // Linked only when this browser's tracking session opens the request (checked again when booking).
  const request = (await requestToLink(requestParam(readField(data, "request"))))?.reference;
  await writeBooking({ service, start, values, errors, ...(request ? { request } : {}) });
  const details = `${getPathname({ locale, href: `/appointments/${service}/details` })}?start=${encodeURIComponent(start)}${request ? `&request=${encodeURIComponent(request)}` : ""}`;
  if (errors.start || errors.service) redirect(getPathname({ locale, href: `/appointments/${service}?unavailable=1` }));
  redirect(Object.keys(errors).length ? `${details}&invalid=1` : getPathname({ locale, href: "/appointments/check" }));
}

export async function confirmBooking(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const state = await readBooking();
  if (!state || state.booked) redirect(getPathname({ locale, href: "/appointments?expired=1" }));
  const { purpose, ...rest } = state.values;
  const parsed = bookingSchema.safeParse({
    ...rest,
    ...(state.service === "visa" ? { purpose } : {}),
    service: state.service,
    start: state.start,
    locale,
  });
  if (!parsed.success)
    redirect(
      getPathname({
        locale,
        href: `/appointments/${state.service}/details?start=${encodeURIComponent(state.start)}&invalid=1`,
      }),
    );
  if (!(await withinBookingLimit(await clientIp())))
    redirect(getPathname({ locale, href: `/appointments/check?limited=1` }));
  // A tracking session that has lapsed since the details were saved links nothing: the visit is still booked.
  const result = await bookAppointment(parsed.data, {
    origin: publicOrigin(),
    request: await requestToLink(state.request),
  });
  if (!result.ok) {
    if (result.error === "alreadyBooked")
      redirect(getPathname({ locale, href: "/appointments/check?alreadyBooked=1" }));
    redirect(
      getPathname({
        locale,
        href: `/appointments/${state.service}?day=${embassyDay(new Date(state.start))}&unavailable=1`,
      }),
    );
  }
  await writeBooking({
    ...state,
    values: {},
    errors: {},
    booked: { reference: result.reference, accessCode: result.accessCode, start: state.start, service: state.service },
  });
  after(deliverOutboxSoon);
  redirect(getPathname({ locale, href: "/appointments/confirmation" }));
}

const placeOf = (data: FormData) => managePlace(readField(data, "place"));

export async function lookUpAppointment(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const place = placeOf(data);
  if (!(await withinLimit(`track:${clientKey(await clientIp())}`, lookupsPerHour(), 60 * 60 * 1000)))
    redirect(managePath(locale, place, { error: "tooMany" }));
  const appointment = await findAppointmentByCode(
    readField(data, "reference").slice(0, 40),
    readField(data, "code").slice(0, 40),
  );
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

/** Joins a service's wait-list for a range of days, when that range has no free place. */
export async function joinWaitlistForm(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const service = readField(data, "service");
  if (!isServiceId(service)) redirect(getPathname({ locale, href: "/appointments" }));
  const page = getPathname({ locale, href: `/appointments/${service}/waitlist` });
  const values = Object.fromEntries(WAITLIST_FIELDS.map((f) => [f, readField(data, f).trim().slice(0, 200)]));
  const parsed = waitlistSchema.safeParse({ ...values, service, locale });
  const errors = firstErrors(parsed.error);
  if (!errors.fromDay && values.fromDay! < embassyDay()) errors.fromDay = "datePast";
  const form = `waitlist:${service}`;
  if (!parsed.success || Object.keys(errors).length) {
    await writeFormState({ form, values, errors });
    redirect(`${page}?invalid=1`);
  }
  const ip = await clientIp();
  if (!(await withinBookingLimit(ip)) || !(await withinWaitlistJoinLimit(ip))) {
    await writeFormState({ form, values, errors: {} });
    redirect(`${page}?outcome=limited`);
  }
  const result = await joinWaitlist(parsed.data);
  if (result !== "joined") {
    await writeFormState({ form, values, errors: {} });
    redirect(`${page}?outcome=${result}`);
  }
  await writeFormState({ form, values: { fromDay: parsed.data.fromDay, toDay: parsed.data.toDay }, errors: {} });
  redirect(`${page}?outcome=joined`);
}

/** Confirms a wait-list offer: the link's token, and the details a booking needs that the list did not ask. */
export async function confirmOfferForm(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const token = readField(data, "token").slice(0, 100);
  const page = offerPath(locale, token);
  const offer = await findOffer(token);
  if (!offer) redirect(page); // the page says the offer is gone
  const values = Object.fromEntries(OFFER_FIELDS.map((f) => [f, readField(data, f).slice(0, 500)]));
  const { purpose, ...rest } = values;
  const form = `offer:${offer.id}`;
  const details = offerDetailsSchema.safeParse({ ...rest, ...(offer.service === "visa" ? { purpose } : {}) });
  if (!details.success) {
    await writeFormState({ form, values, errors: firstErrors(details.error) });
    redirect(`${page}?invalid=1`);
  }
  if (!(await withinBookingLimit(await clientIp()))) {
    await writeFormState({ form, values, errors: {} });
    redirect(`${page}?outcome=limited`);
  }
  const booking = bookingSchema.safeParse({
    service: offer.service,
    start: embassyIso(offer.start),
    name: offer.name,
    email: offer.email,
    locale: isLocale(offer.locale) ? offer.locale : locale,
    ...details.data,
  });
  // The entry's own fields were checked when it joined; should a rule have tightened since, the offer cannot be booked.
  const result = booking.success
    ? await bookAppointment(booking.data, { origin: publicOrigin(), offerId: offer.id })
    : ({ ok: false, error: "offerGone" } as const);
  if (!result.ok) {
    await writeFormState({ form, values, errors: {} });
    redirect(`${page}?outcome=${result.error === "alreadyBooked" ? "alreadyBooked" : "gone"}`);
  }
  const start = embassyIso(result.start);
  await writeBooking({
    service: offer.service,
    start,
    values: {},
    errors: {},
    booked: { reference: result.reference, accessCode: result.accessCode, start, service: offer.service },
  });
  after(deliverOutboxSoon);
  redirect(getPathname({ locale, href: "/appointments/confirmation" }));
}

/** Says no to a wait-list offer: the place goes to the next person in line at once (waitlist.ts). */
export async function declineOfferForm(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const token = readField(data, "token").slice(0, 100);
  const page = offerPath(locale, token);
  // A link that no longer opens an offer shows the page's own "no longer open".
  if (!(await declineOffer(token))) redirect(page);
  after(deliverOutboxSoon);
  redirect(getPathname({ locale, href: "/appointments/offer/declined" }));
}
