import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactDetails } from "@/ui/contact-details";

export async function generateMetadata({ params }: PageProps<"/[locale]/contacts">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Contacts" });
  return { title: t("title") };
}

export default async function ContactsPage({ params }: PageProps<"/[locale]/contacts">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Contacts");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ContactDetails />
      <h2>{t("paymentTitle")}</h2>
      <p>{t("payment")}</p>
      <h2>{t("emergencyTitle")}</h2>
      <p>{t("emergency")}</p>
    </>
  );
}
