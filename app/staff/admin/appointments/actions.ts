"use server";
/** Admin actions for the appointment schedule. Each checks the admin role itself; the data layer checks again. */
import { redirect } from "next/navigation";
import {
  addClosedDay,
  addPeriod,
  closedDayInput,
  periodInput,
  removeClosedDay,
  removePeriod,
  saveService,
  serviceInput,
} from "@/lib/appointments/admin";
import { readField } from "@/lib/form-data";
import { requireStaff } from "@/lib/staff/current-staff";

const PAGE = "/staff/admin/appointments";

export async function saveAppointmentService(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const input = serviceInput.safeParse({
    id: readField(data, "id"),
    durationMinutes: readField(data, "durationMinutes"),
    capacity: readField(data, "capacity"),
    active: readField(data, "active") === "1",
  });
  if (!input.success) redirect(`${PAGE}?error=invalid`);
  await saveService(admin, input.data);
  redirect(`${PAGE}?done=saved`);
}

export async function addOpeningPeriod(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const input = periodInput.safeParse({
    weekday: readField(data, "weekday"),
    opens: readField(data, "opens"),
    closes: readField(data, "closes"),
  });
  if (!input.success) redirect(`${PAGE}?error=invalid`);
  await addPeriod(admin, input.data);
  redirect(`${PAGE}?done=saved`);
}

export async function removeOpeningPeriod(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  await removePeriod(admin, readField(data, "id"));
  redirect(`${PAGE}?done=saved`);
}

export async function addClosedDayAction(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const input = closedDayInput.safeParse({ day: readField(data, "day"), reason: readField(data, "reason") });
  if (!input.success) redirect(`${PAGE}?error=invalid`);
  await addClosedDay(admin, input.data);
  redirect(`${PAGE}?done=saved`);
}

export async function removeClosedDayAction(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  await removeClosedDay(admin, readField(data, "day"));
  redirect(`${PAGE}?done=saved`);
}
