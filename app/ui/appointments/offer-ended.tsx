import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

/** Where a wait-list offer ends without a booking (gone, or declined): what happened, and where to look again. */
export async function OfferEnded({ locale, title, text }: { locale: string; title: string; text: string }) {
  const t = await getTranslations("Appointments.offer");
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={getPathname({ locale, href: "/appointments" })}>{t("lookAgain")}</a>
      </p>
    </>
  );
}
