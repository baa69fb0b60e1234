import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { PageShell } from "@/ui/page-shell";

// Only the four languages exist: any other first segment is an unknown URL (global-not-found).
export const dynamicParams = false;
// Public pages are prerendered and read the Embassy's settings. An admin's change rebuilds
// them at once on the instance that saved it (revalidatePath); every other instance picks
// it up within this many seconds (several instances: DEPLOYMENT.md).
export const revalidate = 300;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Shell" });
  return {
    title: { template: `%s – ${t("serviceName")}`, default: t("serviceName") },
    description: t("description"),
    applicationName: t("serviceName"),
    formatDetection: { telephone: false },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound(); // unreachable with dynamicParams = false; narrows the type
  setRequestLocale(locale);
  return <PageShell locale={locale}>{children}</PageShell>;
}
