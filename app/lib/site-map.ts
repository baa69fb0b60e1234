/**
 * The public pages search engines may list, in every language: one list for the sitemap
 * (app/sitemap.ts) and its language alternates. Pages whose address holds a traveller's
 * answers (the checker's questions and results) or a person's request are left out and
 * carry noindex themselves.
 */
import { LOCALES, type Locale } from "@/i18n/locales";
import { SERVICES } from "./services/catalogue";

export const PUBLIC_PATHS: readonly string[] = [
  "",
  "/visas",
  "/check",
  "/services",
  ...SERVICES.map((service) => `/services/${service.slug}`),
  "/request",
  "/track",
  "/contacts",
  "/accessibility",
  "/privacy",
  "/changes",
];

/** The address of a page in each language, relative to the site's origin: `{ en: "/en/visas", … }`. */
export function languageAlternates(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, `/${locale}${path}`])) as Record<Locale, string>;
}
