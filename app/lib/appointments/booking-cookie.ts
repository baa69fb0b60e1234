import "server-only";
/**
 * The browser's side of booking, in encrypted HttpOnly cookies (no personal data in URLs or
 * in a table before the booking exists): what was typed on the details page and its errors,
 * then the reference and access code for the confirmation page; and, for changing or
 * cancelling, which booking this browser opened with its code, for 15 minutes; what was typed
 * into one of the other forms (the wait-list, a wait-list offer, staff booking on someone's
 * behalf) when it came back with errors, and the reference and code staff just booked.
 */
import { cookies } from "next/headers";
import { cookieName, cookieOptions } from "../cookie-security";
import { decryptText, encryptText } from "../crypto/protect";

export const BOOKING_COOKIE = cookieName("ch_booking");
export const MANAGE_COOKIE = cookieName("ch_appointment");
export const FORM_COOKIE = cookieName("ch_appointment_form");
const BOOKING_LIFETIME_S = 30 * 60;
const MANAGE_LIFETIME_S = 15 * 60;

export type BookingState = {
  service: string;
  start: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  booked?: { reference: string; accessCode: string; start: string; service: string };
  /** The request this booking is for, when this browser's tracking session opened it (request-link.ts). */
  request?: string;
};

/** A form that came back with errors, or (`booked`) the booking staff just made for someone. */
export type FormState = {
  form: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  booked?: { reference: string; accessCode: string };
};

async function read<T>(name: string): Promise<T | null> {
  const raw = (await cookies()).get(name)?.value;
  if (!raw) return null;
  try {
    const parsed = JSON.parse(decryptText(raw)) as T & { expiresAt: number };
    return parsed.expiresAt > Date.now() ? parsed : null;
  } catch {
    return null; // tampered with, or from an older key
  }
}

async function write(name: string, value: object, lifetime: number): Promise<void> {
  (await cookies()).set(
    name,
    encryptText(JSON.stringify({ ...value, expiresAt: Date.now() + lifetime * 1000 })),
    cookieOptions(lifetime),
  );
}

export const readBooking = () => read<BookingState>(BOOKING_COOKIE);
export const writeBooking = (state: BookingState) => write(BOOKING_COOKIE, state, BOOKING_LIFETIME_S);

export const readManagedReference = async () => (await read<{ reference: string }>(MANAGE_COOKIE))?.reference ?? null;
export const writeManagedReference = (reference: string) => write(MANAGE_COOKIE, { reference }, MANAGE_LIFETIME_S);
export const forgetManagedReference = async () => (await cookies()).delete(MANAGE_COOKIE);

export const writeFormState = (state: FormState) => write(FORM_COOKIE, state, BOOKING_LIFETIME_S);
/** The state of `form`, if the cookie holds that one's. */
export const readFormState = async (form: string) => {
  const state = await read<FormState>(FORM_COOKIE);
  return state?.form === form ? state : null;
};

/** The form state of staff booking someone into one slot, and of the booking they just made (its reference and code, to tell the person). */
export const staffBookingForm = (service: string, start: string) => `staff-book:${service}@${start}`;
export const STAFF_BOOKED_FORM = "staff-booked";
