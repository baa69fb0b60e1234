/**
 * The public pages search engines may list, in every language: one list for the sitemap
 * (app/sitemap.ts) and its language alternates. Pages whose address holds a traveller's
 * answers (the checker's questions and results) or a person's request are left out and
 * carry noindex themselves.
 */
import { LOCALES, type Locale } from "@/i18n/locales";
import { SERVICES } from "./services/catalogue";
import { getPathname, type Href } from "@/i18n/pathname";

export const PUBLIC_PATHS: readonly Href[] = [
  "/",
  "/visas",
  "/check",
  "/services",
  ...SERVICES.map((service) => `/services/${service.slug}` as const),
  "/request",
  "/track",
  "/contacts",
  "/accessibility",
  "/privacy",
  "/changes",
];

/** The address of a page in each language, relative to the site's origin: `{ en: "/en/visas", … }`. */
export function languageAlternates(path: Href): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, getPathname({ locale, href: path })])) as Record<
    Locale,
    string
  >;
}
