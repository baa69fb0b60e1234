"use server";
/** The day view's actions (officers; audited): mark a visit attended or missed, block or free a slot. */
import { redirect } from "next/navigation";
import { readField } from "@/lib/form-data";
import { isServiceId } from "@/lib/appointments/slots";
import { markAppointment, setSlotBlocked } from "@/lib/staff/appointments";
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

export async function blockSlot(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const service = readField(data, "service");
  const start = new Date(readField(data, "start"));
  if (!isServiceId(service) || Number.isNaN(start.getTime())) redirect(`${dayPage(data)}error=invalid`);
  const blocked = readField(data, "blocked") === "1";
  await setSlotBlocked(staff, service, start, blocked);
  redirect(`${dayPage(data)}done=${blocked ? "blocked" : "freed"}`);
}
