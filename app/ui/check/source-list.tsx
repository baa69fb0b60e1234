import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { Source } from "@/lib/visa/rules";
import { SourceTitle } from "./source-title";

/** The acts and pages a rule rests on, each with its date. */
export async function SourceList({ sources }: { sources: Source[] }) {
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Visa.result");
  const date = (d: string) =>
    d === "current"
      ? t("currentPage")
      : /^\d{4}-\d{2}-\d{2}$/.test(d)
        ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
        : d;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.title}>
          {source.url ? (
            <a href={source.url}>
              <SourceTitle source={source} locale={locale} />
            </a>
          ) : (
            <SourceTitle source={source} locale={locale} />
          )}{" "}
          <span className="muted">({date(source.date)})</span>
        </li>
      ))}
    </ul>
  );
}
