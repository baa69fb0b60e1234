import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { trackPath } from "@/lib/requests/track-paths";
import { DatabaseUnavailable } from "@/ui/database-unavailable";
import { fieldError, TrackNotice } from "@/ui/track/track-notice";
import { WithdrawConfirmation } from "@/ui/track/withdraw-form";
import { requestPageMetadata, sessionRequest } from "../session-request";

type Props = PageProps<"/[locale]/track/[reference]/withdraw">;

export async function generateMetadata({ params }: Props) {
  return requestPageMetadata((await params).locale, "withdrawTitle");
}

/** "Are you sure?": withdrawing cannot be undone, so it is its own page (no JavaScript needed). */
export default async function WithdrawPage({ params, searchParams }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.track");
  const outcome = (await searchParams).outcome;
  const request = await sessionRequest(locale, reference);
  if (!request) return <DatabaseUnavailable locale={locale} />;
  if (!request.canWithdraw) redirect(trackPath(locale, { request: request.reference, outcome: "notAllowed" }));
  return (
    <>
      <a className="back-link" href={trackPath(locale, { request: request.reference })}>
        {t("withdrawCancel")}
      </a>
      <h1>{t("withdrawConfirmTitle", { reference: request.reference })}</h1>
      <TrackNotice outcome={typeof outcome === "string" ? outcome : ""} />
      <WithdrawConfirmation
        locale={locale}
        reference={request.reference}
        error={typeof outcome === "string" ? fieldError(outcome) : null}
      />
    </>
  );
}
