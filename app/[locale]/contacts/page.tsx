import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { ContactDetails, reachEmbassyInEmergency } from "@/ui/contact-details";

export const generateMetadata = metadataFrom({
  title: "Contacts.title",
  description: "Contacts.lead",
  path: "/contacts",
});

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
      <p>{t("emergency", { reach: await reachEmbassyInEmergency() })}</p>
    </>
  );
}
