// Any URL that matches no page: a real 404, rendered on the server, in the visitor's
// language (the proxy has already put the language into the URL and the request).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "./i18n/locales";
import { NotFoundContent } from "./ui/not-found-content";
import { PageShell } from "./ui/page-shell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}

export default async function GlobalNotFound() {
  const locale = (await getLocale()) as Locale;
  return (
    <PageShell locale={locale}>
      <NotFoundContent />
    </PageShell>
  );
}
