import { getFormatter, getTranslations } from "next-intl/server";
import type { TrackedRequest } from "@/lib/requests/track-request";

export async function RequestSummary({ request }: { request: TrackedRequest }) {
  const t = await getTranslations("Requests");
  const format = await getFormatter();
  return (
    <dl className="summary-list">
      <div>
        <dt>{t("track.reference")}</dt>
        <dd className="ltr">{request.reference}</dd>
      </div>
      <div>
        <dt>{t("track.type")}</dt>
        <dd>{t(`types.${request.type}.title` as "types.general_inquiry.title")}</dd>
      </div>
      <div>
        <dt>{t("track.sent")}</dt>
        <dd>{format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
      </div>
      <div>
        <dt>{t("track.status")}</dt>
        <dd>
          <strong>{t(`statuses.${request.status}`)}</strong>
        </dd>
      </div>
    </dl>
  );
}
