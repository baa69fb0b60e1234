"use server";
/** The day view's actions (officers; audited): mark a visit attended or missed, book or move one on someone's behalf, block or free a slot. */
import { redirect } from "next/navigation";
import { isLocale } from "@/i18n/locales";
import { STAFF_BOOKED_FORM, staffBookingForm, writeFormState } from "@/lib/appointments/booking-cookie";
import { bookingSchema, DETAIL_FIELDS, firstErrors } from "@/lib/appointments/booking-schema";
import { embassyDay, embassyIso } from "@/lib/embassy-time";
import { readField } from "@/lib/form-data";
import { isServiceId } from "@/lib/appointments/slots";
import { publicOrigin } from "@/lib/public-origin";
import { bookOnBehalf, markAppointment, moveAppointment, setSlotBlocked } from "@/lib/staff/appointments";
import { requireStaff } from "@/lib/staff/current-staff";

/** Back to the day the form was on, with the outcome. */
function dayPage(data: FormData): string {
  const day = readField(data, "day");
  return `/staff/appointments${/^\d{4}-\d{2}-\d{2}$/.test(day) ? `?day=${day}&` : "?"}`;
}

export async function markVisit(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const status = readField(data, "status");
  const back = dayPage(data);
  if (status !== "attended" && status !== "no_show") redirect(`${back}error=invalid`);
  const done = await markAppointment(staff, readField(data, "id"), status);
  redirect(`${back}${done ? `done=${status}` : "error=conflict"}`);
}

/** Moves a visit to another slot of its service; back to the new day's list, or to the move page when refused. */
export async function moveVisit(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const to = new Date(readField(data, "start"));
  const movePage = `/staff/appointments/${encodeURIComponent(id)}/move?${dayPage(data).split("?")[1]}`;
  if (Number.isNaN(to.getTime())) redirect(`${movePage}error=notASlot`);
  const result = await moveAppointment(staff, id, to, publicOrigin());
  if (result === "moved") redirect(`/staff/appointments?day=${embassyDay(to)}&done=moved`);
  if (result === "notBooked") redirect("/staff/appointments?error=conflict");
  redirect(`${movePage}error=${result}`);
}

export async function blockSlot(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const service = readField(data, "service");
  const start = new Date(readField(data, "start"));
  if (!isServiceId(service) || Number.isNaN(start.getTime())) redirect(`${dayPage(data)}error=invalid`);
  const blocked = readField(data, "blocked") === "1";
  await setSlotBlocked(staff, service, start, blocked);
  redirect(`${dayPage(data)}done=${blocked ? "blocked" : "freed"}`);
}

/** Books someone into a free slot; back to the day with the reference and access code to tell them, or to the form when refused. */
export async function bookForSomeone(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const service = readField(data, "service");
  const start = new Date(readField(data, "start"));
  if (!isServiceId(service) || Number.isNaN(start.getTime())) redirect(`${dayPage(data)}error=invalid`);
  const startIso = embassyIso(start);
  const form = staffBookingForm(service, startIso);
  const formPage = `/staff/appointments/book?service=${service}&start=${encodeURIComponent(startIso)}&`;
  const values = Object.fromEntries([...DETAIL_FIELDS, "locale"].map((f) => [f, readField(data, f).slice(0, 500)]));
  const { purpose, locale, ...rest } = values;
  const parsed = bookingSchema.safeParse({
    ...rest,
    ...(service === "visa" ? { purpose } : {}),
    service,
    start: startIso,
    locale: isLocale(locale!) ? locale : "",
  });
  if (!parsed.success) {
    await writeFormState({ form, values, errors: firstErrors(parsed.error) });
    redirect(`${formPage}invalid=1`);
  }
  const result = await bookOnBehalf(staff, parsed.data, publicOrigin());
  if (!result.ok) {
    await writeFormState({ form, values, errors: {} });
    redirect(`${formPage}error=${result.error}`);
  }
  await writeFormState({
    form: STAFF_BOOKED_FORM,
    values: {},
    errors: {},
    booked: { reference: result.reference, accessCode: result.accessCode },
  });
  redirect(`/staff/appointments?day=${embassyDay(start)}&done=booked`);
}
