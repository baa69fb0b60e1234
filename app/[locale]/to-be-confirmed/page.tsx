import { getTranslations, setRequestLocale } from "next-intl/server";
import { FIRST_PARAGRAPH, metadataFrom } from "@/ui/page-title";
import { ProseSections } from "@/ui/prose-sections";

export const generateMetadata = metadataFrom({
  title: "ToBeConfirmed.title",
  description: FIRST_PARAGRAPH("ToBeConfirmed"),
});

/** What the badges beside rules, fees and contacts mean: every badge links here. */
export default async function ToBeConfirmedPage({ params }: PageProps<"/[locale]/to-be-confirmed">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ToBeConfirmed");
  return (
    <>
      <h1>{t("title")}</h1>
      <ProseSections namespace="ToBeConfirmed" />
    </>
  );
}
