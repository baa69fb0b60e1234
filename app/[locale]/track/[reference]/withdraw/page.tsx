import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { accessFromSession } from "@/lib/requests/tracking-access";
import { trackedRequest } from "@/lib/requests/track-request";
import { trackPath } from "@/lib/requests/track-paths";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";
import { fieldError, TrackNotice } from "@/ui/track/track-notice";
import { WithdrawConfirmation } from "@/ui/track/withdraw-form";

type Props = PageProps<"/[locale]/track/[reference]/withdraw">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Requests.track" });
  return { title: t("withdrawTitle"), robots: { index: false } };
}

/** "Are you sure?": withdrawing cannot be undone, so it is its own page (no JavaScript needed). */
export default async function WithdrawPage({ params, searchParams }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.track");
  const outcome = (await searchParams).outcome;
  const request = await unlessDatabaseDown(accessFromSession(reference).then((access) => (access ? trackedRequest(access) : undefined)));
  if (request === null) return <DatabaseUnavailable locale={locale} />;
  if (!request) redirect(trackPath(locale, { reference: decodeURIComponent(reference).slice(0, 40), outcome: "signIn" }));
  if (!request.canWithdraw) redirect(trackPath(locale, { request: request.reference, outcome: "notAllowed" }));
  return (
    <>
      <a className="back-link" href={trackPath(locale, { request: request.reference })}>
        {t("withdrawCancel")}
      </a>
      <h1>{t("withdrawConfirmTitle", { reference: request.reference })}</h1>
      <TrackNotice outcome={typeof outcome === "string" ? outcome : ""} />
      <WithdrawConfirmation locale={locale} reference={request.reference} error={typeof outcome === "string" ? fieldError(outcome) : null} />
    </>
  );
}
