import { getTranslations, setRequestLocale } from "next-intl/server";
import { FIRST_PARAGRAPH, metadataFrom } from "@/ui/page-title";
import { readSettings } from "@/lib/settings/read-settings";
import { ProseSections } from "@/ui/prose-sections";

export const generateMetadata = metadataFrom({
  title: "Privacy.title",
  description: FIRST_PARAGRAPH("Privacy"),
  path: "/privacy",
});

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Privacy");
  const settings = await readSettings();
  return (
    <>
      <h1>{t("title")}</h1>
      <ProseSections namespace="Privacy" values={{ days: settings["retention.days"].value }} />
    </>
  );
}
