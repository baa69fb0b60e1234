// The staff workspace speaks Russian, Belarusian and English: every staff message exists in
// each, with the same placeholders, and is really translated.
import { describe, expect, it } from "vitest";
import { DEFAULT_STAFF_LOCALE, negotiateStaffLocale, STAFF_LOCALES } from "../../app/i18n/staff-locales";

const load = async (locale: string): Promise<unknown> =>
  (await import(`../../app/i18n/messages/staff/${locale}.json`)).default;

function flatten(messages: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof messages === "string") return out.set(prefix, messages);
  for (const [key, value] of Object.entries(messages as object))
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
// Names and codes that stay the same in every language.
const SAME_IN_EVERY_LANGUAGE = /^([A-Z0-9 .:/%()-]+|https?:\/\/\S+|[\d\s€.,%+-]*|\{\w+\}|%s.*)$/;

describe("staff messages", async () => {
  const english = flatten(await load("en"));

  it.each(STAFF_LOCALES.filter((l) => l !== "en"))(
    "%s has every key, the same placeholders, and is translated",
    async (locale) => {
      const messages = flatten(await load(locale));
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        expect(placeholders(messages.get(key) ?? ""), key).toEqual(placeholders(text));
        if (!SAME_IN_EVERY_LANGUAGE.test(text))
          expect(messages.get(key), `${locale}:${key} is still English`).not.toBe(text);
      }
    },
  );

  it("no staff message is empty", async () => {
    for (const locale of STAFF_LOCALES)
      for (const [key, text] of flatten(await load(locale))) expect(text.trim(), `${locale}:${key}`).not.toBe("");
  });
});

describe("the staff language from the browser", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["be-BY,be;q=0.9", "be"],
    ["en-GB,en;q=0.9", "en"],
    ["ur-PK,ur;q=0.9", DEFAULT_STAFF_LOCALE],
    ["de-DE,en;q=0.5", "en"],
    ["", DEFAULT_STAFF_LOCALE],
    ["*", DEFAULT_STAFF_LOCALE],
    ["<script>;q=abc", DEFAULT_STAFF_LOCALE],
  ])("%j → %s", (header, expected) => {
    expect(negotiateStaffLocale(header)).toBe(expected);
  });
});

describe("every setting has a name staff can read", () => {
  it.each(STAFF_LOCALES)("in %s", async (locale) => {
    const { SETTING_KEYS } = await import("../../app/lib/settings/definitions");
    const names = ((await load(locale)) as { SettingNames: unknown }).SettingNames;
    const nameOf = (key: string) =>
      key
        .split(".")
        .reduce<unknown>(
          (o, part) => (o && typeof o === "object" ? (o as Record<string, unknown>)[part] : undefined),
          names,
        );
    // Rule entries are named after their route (Visa.routes) by settingWords(); every other setting by its own message.
    expect(SETTING_KEYS.filter((key) => !key.startsWith("rule.") && typeof nameOf(key) !== "string")).toEqual([]);
  });
});
