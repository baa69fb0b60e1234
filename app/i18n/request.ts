import { hasLocale, type AbstractIntlMessages } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { isStaffLocale } from "./staff-locales";

// eslint-disable-next-line @typescript-eslint/no-deprecated -- see setRequestLocale in eslint.config.mjs
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = ((await import(`./messages/${locale}.json`)) as { default: AbstractIntlMessages }).default;
  // The staff workspace's text (ru/be/en only), under "Staff": read by app/lib/staff/staff-i18n.ts.
  const staff = isStaffLocale(locale)
    ? ((await import(`./messages/staff/${locale}.json`)) as { default: AbstractIntlMessages }).default
    : {};
  return { locale, messages: { ...messages, Staff: staff }, timeZone: "Asia/Karachi" };
});
