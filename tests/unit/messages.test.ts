// Every message exists in every language, with the same placeholders, and is really translated.
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "../../app/i18n/locales";

type Messages = { [key: string]: string | Messages | Messages[] | string[] };

const load = async (locale: string): Promise<Messages> =>
  (await import(`../../app/i18n/messages/${locale}.json`)).default;

/** "Shell.nav.visas" → "Visa rules", arrays flattened with their index. */
function flatten(messages: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof messages === "string") return out.set(prefix, messages);
  for (const [key, value] of Object.entries(messages as object)) {
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

// An argument is "{name}" or "{name, plural|select, …}"; the text of a branch ("minsk {Arrival …}") is not one.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

// Names and codes that stay the same in every language.
const SAME_IN_EVERY_LANGUAGE =
  /^(WCAG|axe|JavaScript|[A-Z0-9 .:/-]+|https?:\/\/\S+|[\d\s€.,%+-]*|[€\s]*\{\w+\}[€\s]*)$/;

describe("messages", async () => {
  const reference = flatten(await load(DEFAULT_LOCALE));

  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("%s has every key, and no extra ones", async (locale) => {
    const messages = flatten(await load(locale));
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)("%s uses the same placeholders as English", async (locale) => {
    const messages = flatten(await load(locale));
    for (const [key, english] of reference) {
      expect(placeholders(messages.get(key) ?? ""), key).toEqual(placeholders(english));
    }
  });

  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("%s is translated, not a copy of English", async (locale) => {
    const messages = flatten(await load(locale));
    const copied = [...reference].filter(
      ([key, english]) => messages.get(key) === english && !SAME_IN_EVERY_LANGUAGE.test(english),
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it("in Urdu, a date in digits keeps its order and its line: isolated left to right, joined at its hyphens", async () => {
    const unprotected = [...flatten(await load("ur"))].filter(([, text]) =>
      [...text.matchAll(/\d{4}\S*-\S*\d{2}\S*-\S*\d{2}/g)].some(
        (m) => !/^\d{4}\u2060-\u2060\d{2}\u2060-\u2060\d{2}$/.test(m[0]) || !text.includes(`\u2066${m[0]}\u2069`),
      ),
    );
    expect(unprotected.map(([key]) => key)).toEqual([]);
  });

  it("no message is empty", async () => {
    for (const locale of LOCALES) {
      for (const [key, text] of flatten(await load(locale))) expect(text.trim(), `${locale}:${key}`).not.toBe("");
    }
  });
});
