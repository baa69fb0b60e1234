import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { isStaffLocale } from "./staff-locales";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = (await import(`./messages/${locale}.json`)).default;
  // The staff workspace's text (ru/be/en only), under "Staff": read by app/lib/staff/staff-i18n.ts.
  const staff = isStaffLocale(locale) ? (await import(`./messages/staff/${locale}.json`)).default : {};
  return { locale, messages: { ...messages, Staff: staff }, timeZone: "Asia/Karachi" };
});
