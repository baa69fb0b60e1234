// What changed and when: every published change in force, newest first, in this language,
// with an Atom feed. Prerendered; regenerated with the layout's revalidate period, so a
// change dated later appears by itself on its day.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { changeEntries } from "@/lib/changes/feed";
import { publishedChanges } from "@/lib/changes/published";
import { metadataFrom } from "@/ui/page-title";

export const generateMetadata = metadataFrom({ title: "Changes.title", description: "Changes.lead", path: "/changes" });

export default async function ChangesPage({ params }: PageProps<"/[locale]/changes">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Changes");
  const format = await getFormatter();
  const entries = changeEntries(await publishedChanges(), locale as Locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <Link locale={locale} href="/changes/feed.xml" type="application/atom+xml">
          {t("feed")}
        </Link>
      </p>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="changes">
          {entries.map((entry) => (
            <li key={entry.id} id={entry.id}>
              <h2>
                <time dateTime={entry.day}>
                  {format.dateTime(new Date(`${entry.day}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}
                </time>
                : {entry.title}
              </h2>
              <p dir="auto">{entry.text ?? t("seePage")}</p>
              <p>
                <a href={entry.path}>{t("readPage", { title: entry.title })}</a>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
