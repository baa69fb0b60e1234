import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferEnded } from "@/ui/appointments/offer-ended";

type Props = PageProps<"/[locale]/appointments/offer/declined">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Appointments.offer" });
  return { title: t("declinedTitle"), robots: { index: false } };
}

/** After saying no to a wait-list offer (declineOfferForm): where the place went and how to wait again. */
export default async function OfferDeclinedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Appointments.offer");
  return <OfferEnded locale={locale} title={t("declinedTitle")} text={t("declined")} />;
}
