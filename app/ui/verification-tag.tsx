import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { VerificationStatus } from "@/lib/settings/definitions";
import { timeTag } from "./message-tags";

/**
 * The badge beside every rule, fee or contact: confirmed by the Embassy (with the date) or
 * not yet. Each is a link to the page that says what the two mean and what to do.
 */
export async function VerificationTag({
  status,
  reviewedAt,
}: {
  status: VerificationStatus;
  reviewedAt?: Date | null;
}) {
  const t = await getTranslations("Verification");
  const href = getPathname({ locale: await getLocale(), href: "/to-be-confirmed" });
  if (status === "confirmed") {
    const format = await getFormatter();
    return (
      <a className="tag tag--confirmed" href={href}>
        {reviewedAt
          ? t.rich("confirmedOn", {
              date: format.dateTime(reviewedAt, { dateStyle: "medium" }),
              ...timeTag(reviewedAt.toISOString()),
            })
          : t("confirmed")}
      </a>
    );
  }
  return (
    <a className="tag" href={href}>
      {t("toBeConfirmed")}
    </a>
  );
}
