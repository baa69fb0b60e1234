"use server";
/** A staff member's own account. Each action checks the session itself. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readField } from "@/lib/form-data";
import { beginTwoFactorSetup, changeOwnPassword, confirmTwoFactor, password } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { setOwnLanguage } from "@/lib/staff/own-language";

export async function changePassword(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const next = password.safeParse(readField(data, "newPassword"));
  if (!next.success)
    redirect(
      `/staff/account?error=${next.error.issues[0]!.message === "weakPassword" ? "weakPassword" : "newPassword"}`,
    );
  const result = await changeOwnPassword(staff, readField(data, "currentPassword"), next.data);
  redirect(result.ok ? "/staff/account?done=password" : "/staff/account?error=currentPassword");
}

/** Creates the authenticator secret (never a page view does), after the password again. */
export async function startTwoFactor(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const result = await beginTwoFactorSetup(staff, readField(data, "setupPassword"));
  redirect(result.ok ? "/staff/account#two-factor" : "/staff/account?error=setupPassword");
}

export async function turnOnTwoFactor(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const result = await confirmTwoFactor(staff, readField(data, "code"));
  // The layout's navigation changes (an account no longer confined): re-render it, not only the page.
  if (result.ok) revalidatePath("/staff", "layout");
  redirect(result.ok ? "/staff/account?done=twoFactor" : "/staff/account?error=code");
}

export async function chooseLanguage(data: FormData): Promise<void> {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const result = await setOwnLanguage(staff, readField(data, "language"));
  redirect(result.ok ? "/staff/account?done=language" : "/staff/account?error=language");
}
