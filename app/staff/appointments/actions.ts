"use server";
/** The day view's action: mark a visit attended or missed (officers; audited). */
import { redirect } from "next/navigation";
import { readField } from "@/lib/form-data";
import { markAppointment } from "@/lib/staff/appointments";
import { requireStaff } from "@/lib/staff/current-staff";

export async function markVisit(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const status = readField(data, "status");
  const day = readField(data, "day");
  const back = `/staff/appointments${/^\d{4}-\d{2}-\d{2}$/.test(day) ? `?day=${day}&` : "?"}`;
  if (status !== "attended" && status !== "no_show") redirect(`${back}error=invalid`);
  const done = await markAppointment(staff, readField(data, "id"), status);
  redirect(`${back}${done ? `done=${status}` : "error=conflict"}`);
}
