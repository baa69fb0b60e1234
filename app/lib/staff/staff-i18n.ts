import "server-only";
/**
 * Which language the staff workspace speaks to this request, and its translations.
 * In order: the signed-in staff member's own choice ("Your account"), the language picked
 * on the sign-in page (a cookie), the browser's Accept-Language among ru/be/en, Russian.
 *
 * Staff text lives in app/i18n/messages/staff/{ru,be,en}.json and reaches next-intl under
 * the "Staff" namespace (app/i18n/request.ts): `const t = await staffTranslations("Login")`
 * reads "Staff.Login.*" in the staff member's language.
 */
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { isStaffLocale, negotiateStaffLocale, type StaffLocale } from "@/i18n/staff-locales";
import { currentStaff } from "./current-staff";

/** The cookie the sign-in page's language switch sets (a preference, not a secret). */
export const STAFF_LANGUAGE_COOKIE = "ch_staff_lang";

export const staffLocale = cache(async (): Promise<StaffLocale> => {
  const staff = await currentStaff();
  const own = (staff as { language?: unknown } | null)?.language;
  if (isStaffLocale(own)) return own;
  const picked = (await cookies()).get(STAFF_LANGUAGE_COOKIE)?.value;
  if (isStaffLocale(picked)) return picked;
  return negotiateStaffLocale((await headers()).get("accept-language"));
});

/** The staff messages of one area ("Layout", "Login", …) in this request's staff language. */
export async function staffTranslations<N extends string>(namespace: N) {
  const locale = await staffLocale();
  return getTranslations({ locale, namespace: `Staff.${namespace}` as never });
}
