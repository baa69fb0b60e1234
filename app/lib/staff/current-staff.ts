import "server-only";
/**
 * The staff member behind this request, checked next to the data: every staff page,
 * action and route handler calls requireStaff() itself. The proxy does not guard /staff;
 * nothing relies on a layout or middleware for access.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { cookieName } from "../cookie-security";
import { canEditContent, staffForToken, type Role, type VerifiedStaff } from "./sessions";

export const STAFF_COOKIE = cookieName("ch_staff");

export const currentStaff = cache(async (): Promise<VerifiedStaff | null> =>
  staffForToken((await cookies()).get(STAFF_COOKIE)?.value),
);

/**
 * The signed-in staff member, or a redirect to sign in; with role "admin", officers are
 * refused; with "editor", everyone but admins and the staff an admin made editors. An account that must set up its second factor can reach only its account page
 * (`settingUpTwoFactor`) until it has.
 */
export async function requireStaff(
  role: Role | "editor" = "officer",
  { settingUpTwoFactor = false } = {},
): Promise<VerifiedStaff> {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/login");
  if (staff.mustSetUpTwoFactor && !settingUpTwoFactor) redirect("/staff/account?setup=required");
  if ((role === "admin" && staff.role !== "admin") || (role === "editor" && !canEditContent(staff)))
    redirect("/staff/requests?forbidden=1");
  return staff;
}

/** For route handlers, which answer 401 rather than redirect: the staff member if allowed, else null. */
export async function allowedStaff(role: Role = "officer"): Promise<VerifiedStaff | null> {
  const staff = await currentStaff();
  return staff && !staff.mustSetUpTwoFactor && (role === "officer" || staff.role === "admin") ? staff : null;
}
