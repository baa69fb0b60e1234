import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProseSections } from "@/ui/prose-sections";

export async function generateMetadata({ params }: PageProps<"/[locale]/accessibility">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Accessibility" });
  return { title: t("title") };
}

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibility">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Accessibility");
  return (
    <>
      <h1>{t("title")}</h1>
      <ProseSections namespace="Accessibility" />
    </>
  );
}
