import { getLocale, getTranslations } from "next-intl/server";
import { formatEmbassyTime } from "@/lib/embassy-time";
import type { TimelineEvent } from "@/lib/requests/track-request";

/** The public history, newest first: status changes, the Embassy's messages, each answer with its files. */
export async function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = await getTranslations("Requests");
  // The Embassy's clock, saying so (an applicant abroad reads Karachi time, not their own).
  const locale = await getLocale();
  const who = (event: TimelineEvent) =>
    event.actor === "embassy"
      ? t("track.fromEmbassy")
      : event.toStatus === "withdrawn"
        ? t("track.yourReason")
        : t("track.fromYou");
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t("track.timeline")}</h2>
      <ol className="plain-list timeline">
        {[...events].reverse().map((event, i) => (
          <li key={i}>
            <div>
              <p className="muted">{formatEmbassyTime(event.createdAt, locale)}</p>
              {event.kind === "submitted" && <p>{t("track.submitted")}</p>}
              {event.kind === "status_changed" && event.toStatus && (
                <p>{t("track.statusChanged", { status: t(`statuses.${event.toStatus}` as "statuses.received") })}</p>
              )}
              {event.body && (
                <>
                  <p>
                    <strong>{who(event)}</strong>
                  </p>
                  <p dir="auto" className="pre-line">
                    {event.body}
                  </p>
                </>
              )}
              {event.files.length > 0 && (
                <ul className="file-list">
                  {event.files.map((file, j) => (
                    <li key={j} dir="auto">
                      {file}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
