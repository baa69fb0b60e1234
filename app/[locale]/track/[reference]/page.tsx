import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { accessFromSession } from "@/lib/requests/tracking-access";
import { trackedRequest } from "@/lib/requests/track-request";
import { trackPath } from "@/lib/requests/track-paths";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";
import { FinishForm } from "@/ui/track/finish-form";
import { ReplyForm } from "@/ui/track/reply-form";
import { RequestSummary } from "@/ui/track/request-summary";
import { Timeline } from "@/ui/track/timeline";
import { fieldError, TrackNotice } from "@/ui/track/track-notice";
import { WithdrawLink } from "@/ui/track/withdraw-form";

type Props = PageProps<"/[locale]/track/[reference]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Requests.track" });
  return { title: t("title"), robots: { index: false } };
}

/** Tracking, step two: the request this browser's tracking session opens; without one, back to the look-up form. */
export default async function TrackedRequestPage({ params, searchParams }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.track");
  const query = await searchParams;
  const outcome = typeof query.outcome === "string" ? query.outcome : "";
  // null: the database is down; undefined: no session for this request in this browser.
  const request = await unlessDatabaseDown(accessFromSession(reference).then((access) => (access ? trackedRequest(access) : undefined)));
  if (request === null) return <DatabaseUnavailable locale={locale} />;
  if (!request) redirect(trackPath(locale, { reference: decodeURIComponent(reference).slice(0, 40), outcome: "signIn" }));
  return (
    <>
      <h1>{t("title")}</h1>
      <TrackNotice outcome={outcome} />
      <RequestSummary request={request} />
      {request.canReply && <ReplyForm locale={locale} request={request} error={fieldError(outcome)} />}
      <Timeline events={request.timeline} />
      {request.canWithdraw && <WithdrawLink locale={locale} reference={request.reference} />}
      <FinishForm locale={locale} />
    </>
  );
}
