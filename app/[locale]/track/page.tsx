import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { titleFrom } from "@/ui/page-title";
import { clientIp } from "@/lib/client-ip";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { lookupsPerHour } from "@/lib/requests/limits";
import { findTrackedRequest, type TrackedRequest } from "@/lib/requests/track-request";
import { CLOSED } from "@/lib/requests/status";
import { answerEmbassy, withdraw } from "./actions";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";

type Props = PageProps<"/[locale]/track">;

const NOTICES = new Set(["replied", "withdrawn", "conflict", "tooMany", "notAllowed", "notFound"]);

// The tracking page itself is a way into the service, for search engines too; a page that
// shows a request (its reference and code in the address) is never indexed.
export async function generateMetadata(props: Props) {
  const { reference, code } = await props.searchParams;
  return titleFrom("Requests.track", "title", reference || code ? { robots: { index: false } } : {})(props);
}

async function lookUp(reference: string, code: string): Promise<{ limited: boolean; request: TrackedRequest | null }> {
  const limited = !(await withinLimit(`track:${clientKey(await clientIp())}`, lookupsPerHour(), 60 * 60 * 1000));
  return { limited, request: limited ? null : await findTrackedRequest(reference, code) };
}

export default async function TrackPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests");
  const query = await searchParams;
  const reference = typeof query.reference === "string" ? query.reference.slice(0, 40) : "";
  const code = typeof query.code === "string" ? query.code.slice(0, 40) : "";
  const outcome = typeof query.outcome === "string" ? query.outcome : "";

  const lookup = reference && code ? await unlessDatabaseDown(lookUp(reference, code)) : { limited: false, request: null };
  if (!lookup) return <DatabaseUnavailable locale={locale} />;
  const { limited, request } = lookup;
  const replyError = outcome.startsWith("error:") ? outcome.slice("error:".length) : null;

  return (
    <>
      <h1>{t("track.title")}</h1>
      {limited && (
        <div className="warning" role="alert">
          <p>{t("track.tooMany")}</p>
        </div>
      )}
      {reference && code && !limited && !request && (
        <div className="error-summary" role="alert">
          <p>{t("track.notFound")}</p>
        </div>
      )}
      {request ? (
        <TrackedRequestView request={request} locale={locale} code={code} notice={NOTICES.has(outcome) ? outcome : null} replyError={replyError} />
      ) : (
        <form method="get" action={`/${locale}/track`} noValidate>
          <p>{t("track.lead")}</p>
          <div className="form-group">
            <label className="label" htmlFor="reference">
              {t("track.reference")}
            </label>
            <p className="hint" id="reference-hint">
              {t("track.referenceHint")}
            </p>
            <input className="input input--narrow" id="reference" name="reference" defaultValue={reference} dir="ltr" autoCapitalize="characters" spellCheck={false} aria-describedby="reference-hint" />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="code">
              {t("track.code")}
            </label>
            <input className="input input--narrow" id="code" name="code" defaultValue={code} dir="ltr" autoCapitalize="characters" spellCheck={false} autoComplete="off" />
          </div>
          <button type="submit" className="button">
            {t("track.button")}
          </button>
        </form>
      )}
    </>
  );
}

async function TrackedRequestView({ request, locale, code, notice, replyError }: { request: TrackedRequest; locale: string; code: string; notice: string | null; replyError: string | null }) {
  const t = await getTranslations("Requests");
  // The Embassy's clock, saying so (an applicant abroad reads Karachi time, not their own).
  const when = (date: Date) => formatEmbassyTime(date, locale);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={request.reference} />
      <input type="hidden" name="code" value={code} />
    </>
  );
  const noticeText: Record<string, string> = {
    replied: t("track.replied"),
    withdrawn: t("track.withdrawn"),
    conflict: t("track.conflict"),
    tooMany: t("track.tooMany"),
    notAllowed: t("track.conflict"),
    notFound: t("track.notFound"),
  };
  return (
    <>
      {notice && (
        <div className={notice === "replied" || notice === "withdrawn" ? "inset" : "warning"} role="status">
          <p>{noticeText[notice]}</p>
        </div>
      )}
      <dl className="summary-list">
        <div>
          <dt>{t("track.reference")}</dt>
          <dd className="ltr">{request.reference}</dd>
        </div>
        <div>
          <dt>{t("track.type")}</dt>
          <dd>{t(`types.${request.type}.title`)}</dd>
        </div>
        <div>
          <dt>{t("track.sent")}</dt>
          <dd>{when(request.createdAt)}</dd>
        </div>
        <div>
          <dt>{t("track.status")}</dt>
          <dd>
            <strong>{t(`statuses.${request.status}`)}</strong>
          </dd>
        </div>
      </dl>

      {request.status === "needs_information" && (
        <section aria-labelledby="reply">
          <h2 id="reply">{t("track.replyTitle")}</h2>
          <form action={answerEmbassy} encType="multipart/form-data" noValidate>
            {hidden}
            <div className={`form-group${replyError ? " form-group--error" : ""}`}>
              <label className="label" htmlFor="answer">
                {t("track.replyLabel")}
              </label>
              {replyError && (
                <p className="error-message" id="answer-error">
                  <span className="visually-hidden">{t("form.errorTitlePrefix")} </span>
                  {t(`errors.${replyError}`)}
                </p>
              )}
              <textarea className="textarea" id="answer" name="answer" rows={5} aria-describedby={replyError ? "answer-error" : undefined} />
            </div>
            <div className="form-group">
              <label className="label" htmlFor="file">
                {t("track.replyFile")}
              </label>
              <p className="hint" id="file-hint">
                {t("attachments.hint")}
              </p>
              <input className="input" type="file" id="file" name="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby="file-hint" />
            </div>
            <button type="submit" className="button">
              {t("track.replyButton")}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("track.timeline")}</h2>
        <ol className="plain-list timeline">
          {[...request.timeline].reverse().map((event, i) => (
            <li key={i}>
              <div>
                <p className="muted">{when(event.createdAt)}</p>
                {event.kind === "submitted" && <p>{t("track.submitted")}</p>}
                {event.kind === "status_changed" && event.toStatus && <p>{t("track.statusChanged", { status: t(`statuses.${event.toStatus}`) })}</p>}
                {event.body && (
                  <>
                    <p>
                      <strong>{event.actor === "embassy" ? t("track.fromEmbassy") : t("track.fromYou")}</strong>
                    </p>
                    <p dir="auto" className="pre-line">
                      {event.body}
                    </p>
                  </>
                )}
                {event.files.map((file) => (
                  <p key={file} dir="auto" className="muted">
                    {file}
                  </p>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </section>

      {!CLOSED.has(request.status) && (
        <section aria-labelledby="withdraw">
          <h2 id="withdraw">{t("track.withdrawTitle")}</h2>
          <p>{t("track.withdrawHint")}</p>
          <form action={withdraw}>
            {hidden}
            <button type="submit" className="button button--secondary">
              {t("track.withdrawButton")}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
