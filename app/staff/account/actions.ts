"use server";
/** A staff member's own account. Each action checks the session itself. */
import { redirect } from "next/navigation";
import { readField } from "@/lib/form-data";
import { changeOwnPassword, confirmTwoFactor, password } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { setOwnLanguage } from "@/lib/staff/own-language";

export async function changePassword(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const next = password.safeParse(readField(data, "newPassword"));
  if (!next.success) redirect("/staff/account?error=newPassword");
  const result = await changeOwnPassword(staff, readField(data, "currentPassword"), next.data);
  redirect(result.ok ? "/staff/account?done=password" : "/staff/account?error=currentPassword");
}

export async function turnOnTwoFactor(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const result = await confirmTwoFactor(staff, readField(data, "code"));
  redirect(result.ok ? "/staff/account?done=twoFactor" : "/staff/account?error=code");
}

export async function chooseLanguage(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const result = await setOwnLanguage(staff, readField(data, "language"));
  redirect(result.ok ? "/staff/account?done=language" : "/staff/account?error=language");
}
