/**
 * The languages of the service. English is the default; Urdu is written right to left.
 * Adding a language: see README "Adding a language".
 */
export const LOCALES = ["en", "ru", "be", "ur"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in that language, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  be: "Беларуская",
  ur: "اردو",
};

const RTL_LOCALES: ReadonlySet<Locale> = new Set(["ur"]);

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
