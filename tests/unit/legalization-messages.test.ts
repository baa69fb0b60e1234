// Whether an apostille replaces legalization is open (facts C.1): every mention of it follows the
// Embassy's setting legalization.route. Only the setting's own texts may name the apostille; every
// other message takes the setting's words through {certification}.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../app/i18n/locales";
import { SETTING_DEFINITIONS, settingChoices } from "../../app/lib/settings/definitions";

/** The texts that belong to the setting: one per value, or the page section that explains it. */
const SETTING_TEXTS = [
  /^Visa\.certification\./,
  /^Services\.items\.legalization\.route\./,
  /^Services\.items\.legalization\.routeTitle$/,
  /^Services\.items\.legalization\.documents\.(apostille_applies|unknown)\./,
  /^Services\.items\.legalization\.otherDirection$/, // the Belarusian side (facts A.2.8): "if the Convention applies"
];
const APOSTILLE = /apostil|апостил|апостыл|апастыл|اپوسٹ|اپوسٹل/i;

function flatten(messages: unknown, prefix = ""): [string, string][] {
  if (typeof messages === "string") return [[prefix, messages]];
  return Object.entries(messages as object).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

describe("apostille and legalization follow the setting", () => {
  it.each(LOCALES)("%s: no message outside the setting's texts mentions the apostille", async (locale) => {
    const messages = flatten((await import(`../../app/i18n/messages/${locale}.json`)).default);
    const stray = messages.filter(
      ([key, text]) => APOSTILLE.test(text) && !SETTING_TEXTS.some((allowed) => allowed.test(key)),
    );
    expect(stray.map(([key]) => key)).toEqual([]);
  });

  it.each(LOCALES)("%s: the words and the legalization steps exist for every value of the setting", async (locale) => {
    const messages = new Map(flatten((await import(`../../app/i18n/messages/${locale}.json`)).default));
    for (const route of settingChoices("legalization.route")!) {
      expect(messages.has(`Visa.certification.${route}`), route).toBe(true);
      expect(messages.has(`Services.items.legalization.documents.${route}.0`), route).toBe(true);
    }
    expect(SETTING_DEFINITIONS["legalization.route"].default).toBe("consular_legalization_required");
  });
});
