import { getLocale, getTranslations } from "next-intl/server";
import { formatEmbassyTime } from "@/lib/embassy-time";
import type { TrackedRequest } from "@/lib/requests/track-request";

export async function RequestSummary({ request }: { request: TrackedRequest }) {
  const t = await getTranslations("Requests");
  // The Embassy's clock, saying so (an applicant abroad reads Karachi time, not their own).
  const locale = await getLocale();
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
        <dd>{formatEmbassyTime(request.createdAt, locale)}</dd>
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
