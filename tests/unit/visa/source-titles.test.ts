// Issue 13 #9: an act under its official title in the page's language where the fact base gives
// one (Russian or Belarusian); otherwise its English title, marked English and isolated in <bdi>.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SERVICES } from "../../../app/lib/services/catalogue";
import { buildRules, type Source } from "../../../app/lib/visa/rules";
import { SourceTitle } from "../../../app/ui/check/source-title";
import type { Locale } from "../../../app/i18n/locales";

const rules = buildRules({ officialPassportMaxStay: "unknown", regionalAirports: "allowed" });
const SOURCES: Source[] = [
  ...new Map(
    [...rules.flatMap((r) => r.sources), ...SERVICES.flatMap((s) => s.sources)].map((s) => [s.title, s]),
  ).values(),
];

const render = (source: Source, locale: Locale) => renderToStaticMarkup(createElement(SourceTitle, { source, locale }));
const escape = (text: string) =>
  renderToStaticMarkup(createElement("span", null, text)).slice("<span>".length, -"</span>".length);
const isolatedEnglish = (source: Source) => `<bdi lang="en" dir="ltr">${escape(source.title)}</bdi>`;

describe("source titles", () => {
  it("the 2017 visa-free decree has the Russian title the fact base gives (A.1.a #2)", () => {
    const decree = SOURCES.find((s) => s.date === "2017-01-09")!;
    expect(decree.titles?.ru).toContain("«Об установлении безвизового порядка въезда и выезда иностранных граждан»");
  });

  for (const locale of ["ru", "be"] as const) {
    it(`on ${locale} pages every act with a ${locale} title shows it, and every other source its English title, isolated`, () => {
      const own = SOURCES.filter((s) => s.titles?.[locale]);
      if (locale === "ru") expect(own.length).toBeGreaterThan(0);
      for (const source of SOURCES) {
        const title = source.titles?.[locale];
        expect(render(source, locale), source.title).toBe(title ? escape(title) : isolatedEnglish(source));
      }
    });

    it(`every ${locale} title is written in Cyrillic, not a copy of the English one`, () => {
      for (const source of SOURCES.filter((s) => s.titles?.[locale])) {
        expect(source.titles![locale], source.title).toMatch(/^[^A-Za-z]+$/);
      }
    });
  }

  it("on Urdu pages every title is the English one, marked English and wrapped in <bdi>", () => {
    for (const source of SOURCES) expect(render(source, "ur"), source.title).toBe(isolatedEnglish(source));
  });

  it("on English pages the title is plain text", () => {
    for (const source of SOURCES) expect(render(source, "en")).toBe(escape(source.title));
  });
});
