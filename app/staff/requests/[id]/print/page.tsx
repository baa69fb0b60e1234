import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/staff/current-staff";
import { openRequest } from "@/lib/staff/request-view";
import { staffClock, staffTranslations } from "@/lib/staff/staff-i18n";
import { AttachmentList, RequestHistory, RequestSummary } from "../request-details";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Print"))("title") };
}

/** A request for the paper file, on A4: every answer, the history, the attachments, who printed it and when (audited). */
export default async function PrintRequestPage({ params }: PageProps<"/staff/requests/[id]/print">) {
  const staff = await requireStaff();
  const request = await openRequest(staff, (await params).id, "print");
  if (!request) redirect("/staff/requests");
  const [t, when] = [await staffTranslations("Print"), await staffClock()];
  return (
    <article className="print-view">
      <p className="no-print">
        <a className="back-link" href={`/staff/requests/${request.id}`}>
          {t("back")}
        </a>
      </p>
      <p className="no-print inset">{t("howTo")}</p>
      <h1>
        {t("heading")} <span className="ltr">{request.reference}</span>
      </h1>
      <p className="muted">{t("printedBy", { when: when(new Date()), name: staff.name })}</p>
      <RequestSummary request={request} />
      <h2>{t("attachments")}</h2>
      <AttachmentList request={request} links={false} />
      <h2>{t("history")}</h2>
      <RequestHistory request={request} />
    </article>
  );
}
