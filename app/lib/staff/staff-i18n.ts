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
import { cookieName } from "../cookie-security";
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Namespace } from "@/i18n/message-keys";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { isStaffLocale, negotiateStaffLocale, type StaffLocale } from "@/i18n/staff-locales";
import { formatEmbassyTime } from "../embassy-time";
import { currentStaff } from "./current-staff";

/** The cookie the sign-in page's language switch sets (a preference, not a secret). */
export const STAFF_LANGUAGE_COOKIE = cookieName("ch_staff_lang");

/** An area of the staff messages: "Login", "Requests.queue", … */
type StaffNamespace = NamespaceKeys<Messages["Staff"], NestedKeyOf<Messages["Staff"]>>;

export const staffLocale = cache(async (): Promise<StaffLocale> => {
  const own = (await currentStaff())?.language;
  if (isStaffLocale(own)) return own;
  const picked = (await cookies()).get(STAFF_LANGUAGE_COOKIE)?.value;
  if (isStaffLocale(picked)) return picked;
  return negotiateStaffLocale((await headers()).get("accept-language"));
});

/** The staff messages of one area ("Layout", "Login", …) in this request's staff language. */
export async function staffTranslations<N extends StaffNamespace>(namespace: N) {
  const locale = await staffLocale();
  return getTranslations({ locale, namespace: `Staff.${namespace}` as const });
}

/** The public site's messages ("Requests.fields", …) in the staff language: question and option labels, type names. */
export async function publicTranslations<N extends Namespace>(namespace: N) {
  const locale = await staffLocale();
  return getTranslations({ locale, namespace });
}

/** Instants for staff: in the staff language, always Karachi time and saying so (app/lib/embassy-time.ts). */
export async function staffClock(): Promise<(instant: Date) => string> {
  const locale = await staffLocale();
  return (instant) => formatEmbassyTime(instant, locale);
}

/** The names staff read for a kind of request and a status (never the stored codes). */
export async function requestWords(): Promise<{ type: (type: string) => string; status: (status: string) => string }> {
  const [types, statuses] = [await publicTranslations("Requests.types"), await staffTranslations("Statuses")];
  const known = (t: { has(key: string): boolean; (key: string): string }, key: string) => (t.has(key) ? t(key) : key);
  return {
    type: (type) => known(types as never, `${type}.title`),
    status: (status) => known(statuses as never, status),
  };
}

/** A setting's name and a fixed choice's label for staff; a visa rule's entry is named after its route. */
export async function settingWords(): Promise<{
  name: (key: string) => string;
  choice: (value: string) => string;
  value: (value: unknown) => string;
}> {
  const [names, choices, routes] = [
    await staffTranslations("SettingNames"),
    await staffTranslations("SettingChoices"),
    await publicTranslations("Visa.routes"),
  ];
  const has = (t: unknown, key: string) => (t as { has(key: string): boolean }).has(key);
  return {
    name: (key) =>
      key.startsWith("rule.") && has(routes, key.slice(5))
        ? names("rule", { name: (routes as (k: string) => string)(key.slice(5)) })
        : has(names, key)
          ? names(key as never)
          : key,
    choice: (value) => (has(choices, value) ? choices(value as never) : value),
    /** A stored value as text: a fixed choice by its label, nothing as "—", an empty text said so. */
    value: (value) =>
      value === null
        ? "—"
        : value === ""
          ? names("empty")
          : typeof value === "string"
            ? has(choices, value)
              ? choices(value as never)
              : value
            : JSON.stringify(value),
  };
}
