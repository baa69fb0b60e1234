import { getFormatter, getTranslations } from "next-intl/server";
import type { VerificationStatus } from "@/lib/settings/definitions";

/** The badge beside every rule, fee or contact: confirmed by the Embassy (with the date) or not yet. */
export async function VerificationTag({ status, reviewedAt }: { status: VerificationStatus; reviewedAt?: Date | null }) {
  const t = await getTranslations("Verification");
  if (status === "confirmed") {
    const format = await getFormatter();
    return (
      <span className="tag tag--confirmed">
        {reviewedAt ? t("confirmedOn", { date: format.dateTime(reviewedAt, { dateStyle: "medium" }) }) : t("confirmed")}
      </span>
    );
  }
  return <span className="tag">{t("toBeConfirmed")}</span>;
}
