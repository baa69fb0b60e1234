"use server";
/** Admin actions. Each checks the session and the admin role itself, and the data layer checks again. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readField } from "@/lib/form-data";
import { isSettingKey, updateSetting } from "@/lib/settings/update-setting";
import {
  addStaff,
  changeAccess,
  newAccount,
  password,
  resetPassword,
  resetTwoFactor,
  ROLES,
} from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { keepTyped } from "@/lib/staff/form-flash";
import { applyRetention } from "@/lib/staff/retention";

export async function addStaffMember(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const typed = { email: readField(data, "email"), name: readField(data, "name"), role: readField(data, "role") };
  const input = newAccount.safeParse({ ...typed, password: readField(data, "password") });
  // Every refused field at once, and what was typed back in the form (never the password).
  const refused = input.success ? [] : [...new Set(input.error.issues.map((issue) => issue.message))];
  const result = input.success ? await addStaff(admin, input.data) : null;
  if (result?.ok) redirect(`/staff/admin/staff/${result.id}?done=created`);
  await keepTyped("staff:new", typed, result ? [result.error] : refused);
  redirect("/staff/admin/staff?error=invalid");
}

export async function changeStaffAccess(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const id = readField(data, "id");
  const role = ROLES.find((r) => r === readField(data, "role"));
  if (!role) redirect(`/staff/admin/staff/${encodeURIComponent(id)}?error=role`);
  const result = await changeAccess(admin, id, {
    role,
    disabled: readField(data, "disabled") === "1",
    totpRequired: readField(data, "totpRequired") === "1",
    editor: readField(data, "editor") === "1",
  });
  redirect(`/staff/admin/staff/${encodeURIComponent(id)}?${result.ok ? "done=access" : `error=${result.error}`}`);
}

export async function resetStaffPassword(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const id = readField(data, "id");
  const next = password.safeParse(readField(data, "password"));
  if (!next.success)
    redirect(
      `/staff/admin/staff/${encodeURIComponent(id)}?error=${next.error.issues[0]!.message === "weakPassword" ? "weakPassword" : "password"}`,
    );
  const result = await resetPassword(admin, id, next.data);
  redirect(`/staff/admin/staff/${encodeURIComponent(id)}?${result.ok ? "done=password" : `error=${result.error}`}`);
}

export async function resetStaffTwoFactor(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const id = readField(data, "id");
  const result = await resetTwoFactor(admin, id);
  redirect(`/staff/admin/staff/${encodeURIComponent(id)}?${result.ok ? "done=twoFactor" : `error=${result.error}`}`);
}

export async function saveSetting(data: FormData): Promise<void> {
  const admin = await requireStaff("admin");
  const key = readField(data, "key");
  if (!isSettingKey(key)) redirect("/staff/admin/settings");
  const status = readField(data, "status") === "confirmed" ? "confirmed" : "to_be_confirmed";
  const result = await updateSetting(admin, key, readField(data, "value"), status);
  if (!result.ok) {
    await keepTyped(`setting:${key}`, { value: readField(data, "value"), status }, ["value"]);
    redirect(`/staff/admin/settings/${encodeURIComponent(key)}?error=invalid`);
  }
  // Public pages are prerendered: this instance rebuilds them now; others within their revalidate period.
  revalidatePath("/", "layout");
  redirect(`/staff/admin/settings/${encodeURIComponent(key)}?done=saved`);
}

export async function runRetention(): Promise<void> {
  const admin = await requireStaff("admin");
  const result = await applyRetention(admin);
  redirect(`/staff/admin/retention?deleted=${result.requests}`);
}
