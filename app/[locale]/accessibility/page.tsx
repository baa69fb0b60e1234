import { getTranslations, setRequestLocale } from "next-intl/server";
import { FIRST_PARAGRAPH, metadataFrom } from "@/ui/page-title";
import { ProseSections } from "@/ui/prose-sections";

export const generateMetadata = metadataFrom({
  title: "Accessibility.title",
  description: FIRST_PARAGRAPH("Accessibility"),
  path: "/accessibility",
});

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
