import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

/**
 * On the booking pages opened from a request's tracking page: which request the visit will be
 * linked to, or, when this browser's tracking session does not open it (lapsed, someone else's),
 * that it will not be, and how to link it.
 */
export async function RequestLinkNote({ locale, asked, linked }: { locale: string; asked?: string; linked?: string }) {
  if (!asked) return null;
  const t = await getTranslations("Appointments.pages");
  if (linked) {
    return (
      <p>
        {t("forRequest")} <strong className="ltr">{linked}</strong>
      </p>
    );
  }
  return (
    <div className="warning">
      <p>
        {t("requestNotOpen")} <a href={getPathname({ locale, href: "/track" })}>{t("trackLink")}</a>
      </p>
    </div>
  );
}
