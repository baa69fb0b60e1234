"use server";
/** The day view's actions (officers; audited): mark a visit attended or missed, move it, block or free a slot. */
import { redirect } from "next/navigation";
import { embassyDay } from "@/lib/embassy-time";
import { readField } from "@/lib/form-data";
import { isServiceId } from "@/lib/appointments/slots";
import { publicOrigin } from "@/lib/public-origin";
import { markAppointment, moveAppointment, setSlotBlocked } from "@/lib/staff/appointments";
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
