import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Every URL names its language, so a shared link opens in the language it was sent in.
  localePrefix: "always",
  // No language cookie: the URL already says it, and a response that sets a cookie is one
  // nginx will not cache (DEPLOYMENT.md), nor should any shared cache.
  localeCookie: false,
});
