/**
 * The staff workspace's languages. Consular officers of a Belarusian embassy work in
 * Russian (and Belarusian), so Russian is the default; English for everyone else.
 * Urdu is a language of the public site only.
 */
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const STAFF_LOCALES = ["ru", "be", "en"] as const;
export type StaffLocale = (typeof STAFF_LOCALES)[number];
export const DEFAULT_STAFF_LOCALE: StaffLocale = "ru";

export const STAFF_LOCALE_NAMES: Record<StaffLocale, string> = { ru: "Русский", be: "Беларуская", en: "English" };

export function isStaffLocale(value: unknown): value is StaffLocale {
  return typeof value === "string" && (STAFF_LOCALES as readonly string[]).includes(value);
}

/** The browser's preferred staff language from its Accept-Language header (Russian when none fits). */
export function negotiateStaffLocale(acceptLanguage: string | null | undefined): StaffLocale {
  const languages = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  try {
    const found = match(
      languages.filter((l) => l !== "*"),
      [...STAFF_LOCALES],
      DEFAULT_STAFF_LOCALE,
      { algorithm: "lookup" },
    );
    return isStaffLocale(found) ? found : DEFAULT_STAFF_LOCALE;
  } catch {
    return DEFAULT_STAFF_LOCALE; // a malformed tag in the header
  }
}
