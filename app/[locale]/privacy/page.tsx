import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readSettings } from "@/lib/settings/read-settings";
import { ProseSections } from "@/ui/prose-sections";

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Privacy" });
  return { title: t("title") };
}

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
