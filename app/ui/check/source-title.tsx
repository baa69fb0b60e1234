import type { Locale } from "@/i18n/locales";
import type { Source } from "@/lib/visa/rules";

/**
 * A source's title in the page's language where the act has an official one; otherwise the
 * English title, marked as English and isolated (<bdi>) so that inside Urdu text its
 * left-to-right words and punctuation do not reorder the line around it.
 */
export function SourceTitle({ source, locale }: { source: Source; locale: Locale }) {
  const own = locale === "en" ? source.title : locale === "ru" || locale === "be" ? source.titles?.[locale] : undefined;
  if (own) return <>{own}</>;
  return (
    <bdi lang="en" dir="ltr">
      {source.title}
    </bdi>
  );
}
