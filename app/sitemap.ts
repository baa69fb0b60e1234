import type { MetadataRoute } from "next";
import { LOCALES, type Locale } from "@/i18n/locales";
import { config } from "@/lib/config";
import { languageAlternates, PUBLIC_PATHS } from "@/lib/site-map";

// Built once, like the pages it lists (the origin is configuration, not the request's Host).
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const origin = config().publicOrigin;
  const absolute = (relative: Record<Locale, string>) =>
    Object.fromEntries(Object.entries(relative).map(([l, p]) => [l, origin + p])) as Record<Locale, string>;
  return PUBLIC_PATHS.flatMap((path) =>
    LOCALES.map((locale) => {
      const languages = absolute(languageAlternates(path));
      return { url: languages[locale], alternates: { languages } };
    }),
  );
}
