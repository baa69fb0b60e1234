import { getTranslations, setRequestLocale } from "next-intl/server";
import { bookForRequestPath } from "@/lib/appointments/request-link";
import { DatabaseUnavailable } from "@/ui/database-unavailable";
import { FinishForm } from "@/ui/track/finish-form";
import { ReplyForm } from "@/ui/track/reply-form";
import { RequestSummary } from "@/ui/track/request-summary";
import { Timeline } from "@/ui/track/timeline";
import { fieldError, TrackNotice } from "@/ui/track/track-notice";
import { WithdrawLink } from "@/ui/track/withdraw-form";
import { requestPageMetadata, sessionRequest } from "./session-request";

type Props = PageProps<"/[locale]/track/[reference]">;

export async function generateMetadata({ params }: Props) {
  return requestPageMetadata((await params).locale, "title");
}

/** Tracking, step two: the request this browser's tracking session opens; without one, back to the look-up form. */
export default async function TrackedRequestPage({ params, searchParams }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.track");
  const links = await getTranslations("Appointments.links");
  const query = await searchParams;
  const outcome = typeof query.outcome === "string" ? query.outcome : "";
  const request = await sessionRequest(locale, reference);
  if (!request) return <DatabaseUnavailable locale={locale} />;
  return (
    <>
      <h1>{t("title")}</h1>
      <TrackNotice outcome={outcome} />
      <RequestSummary request={request} />
      {request.canReply && <ReplyForm locale={locale} request={request} error={fieldError(outcome)} />}
      <Timeline events={request.timeline} />
      {request.canWithdraw && (
        <p>
          <a href={bookForRequestPath(locale, request.type, request.reference)}>{links("forRequest")}</a>
        </p>
      )}
      {request.canWithdraw && <WithdrawLink locale={locale} reference={request.reference} />}
      <FinishForm locale={locale} />
    </>
  );
}
