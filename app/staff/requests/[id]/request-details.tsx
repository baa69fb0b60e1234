// A request as staff read it, shared by its page and its print view: the summary with every
// answer labelled in the staff language, the attachments with type and size, the history
// with colleagues by name. What the applicant typed keeps its language (lang attribute).
import { embassyDay } from "@/lib/embassy-time";
import { labelAnswers } from "@/lib/staff/answer-labels";
import type { RequestView } from "@/lib/staff/request-view";
import { publicTranslations, requestWords, staffClock, staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { dataKeys } from "@/i18n/message-keys";
import { Link } from "@/i18n/navigation";

type File = { id: string; filename: string; size: number; mimeType: string };

const FILE_TYPES: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

/** "PDF, 240 KB" in the staff language. */
export async function fileFacts(file: File): Promise<string> {
  const locale = await staffLocale();
  const [value, unit] =
    file.size >= 1024 * 1024
      ? [file.size / (1024 * 1024), "megabyte"]
      : [Math.max(1, Math.ceil(file.size / 1024)), "kilobyte"];
  const size = new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
  return `${FILE_TYPES[file.mimeType] ?? file.mimeType}, ${size}`;
}

export async function RequestSummary({ request }: { request: RequestView }) {
  const [t, fields, words, when, locale] = [
    await staffTranslations("Request"),
    await publicTranslations("Requests.fields"),
    await requestWords(),
    await staffClock(),
    await staffLocale(),
  ];
  const languageName = new Intl.DisplayNames([locale], { type: "language" }).of(request.locale) ?? request.locale;
  const rows: { label: string; value: string; lang?: string; code?: boolean }[] = [
    { label: t("type"), value: words.type(request.type) },
    { label: t("status"), value: words.status(request.status) },
    { label: t("received"), value: when(request.createdAt) },
    { label: t("assignee"), value: request.assignee?.name ?? t("noOne") },
    { label: t("applicantLanguage"), value: languageName },
    { label: fields("fullName.label"), value: request.applicantName, lang: request.locale },
    { label: fields("phone.label"), value: request.phone, code: true },
    { label: fields("email.label"), value: request.email ?? "—", code: true },
    ...labelAnswers(request.answers, fields as never, locale).map((a) => ({
      label: a.label,
      value: a.value,
      lang: a.freeText ? request.locale : undefined,
      code: a.code,
    })),
  ];
  return (
    <dl className="summary-list">
      {rows.map(({ label, value, lang, code }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd lang={lang} dir={code ? "ltr" : "auto"} className="pre-line">
            {value}
          </dd>
        </div>
      ))}
      {request.checkerAnswers && (
        <div>
          <dt>{t("checkerAnswers")}</dt>
          <dd>
            <Link locale={locale} href={`/check/result?${request.checkerAnswers}`}>
              {t("checkerAnswersLink")}
            </Link>
          </dd>
        </div>
      )}
    </dl>
  );
}

export async function AttachmentList({ request, links }: { request: RequestView; links: boolean }) {
  const t = await staffTranslations("Request");
  const files = [...request.attachments, ...request.events.flatMap((e) => e.attachments)];
  if (files.length === 0) return <p>{t("noAttachments")}</p>;
  return (
    <ul>
      {await Promise.all(
        files.map(async (file) => (
          <li key={file.id}>
            {links ? (
              <a href={`/staff/requests/${request.id}/attachments/${file.id}`} dir="auto">
                {file.filename}
              </a>
            ) : (
              <span dir="auto">{file.filename}</span>
            )}{" "}
            <span className="muted">({await fileFacts(file)})</span>
          </li>
        )),
      )}
    </ul>
  );
}

export async function RequestHistory({ request }: { request: RequestView }) {
  const [t, words, when] = [await staffTranslations("Request"), await requestWords(), await staffClock()];
  return (
    <ol className="plain-list">
      {request.events.map((event) => (
        <li key={event.id}>
          <div>
            <p className="muted">
              {when(event.createdAt)} ·{" "}
              {typeof event.actor === "string" ? dataKeys(t)(`actors.${event.actor}`) : (event.actor.staff ?? "—")} ·{" "}
              {dataKeys(t)(
                `events.${["submitted", "status_changed", "message", "applicant_reply", "note"].includes(event.kind) ? event.kind : "other"}`,
              )}
              {event.toStatus ? ` → ${words.status(event.toStatus)}` : ""}
              {!event.public && ` · ${t("internal")}`}
            </p>
            {event.body && (
              <p dir="auto" lang={event.kind === "applicant_reply" ? request.locale : undefined} className="pre-line">
                {event.body}
              </p>
            )}
            {event.attachments.map((file) => (
              <p key={file.id}>
                <a href={`/staff/requests/${request.id}/attachments/${file.id}`} dir="auto">
                  {file.filename}
                </a>
              </p>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The visits booked for the request ("book a visit for this request" on its tracking page), each a link to its day's list. */
export async function LinkedAppointments({ appointments }: { appointments: RequestView["appointments"] }) {
  const [t, when] = [await staffTranslations("Appointments"), await staffClock()];
  return (
    <section aria-labelledby="linked-appointments">
      <h2 id="linked-appointments">{t("linked.title")}</h2>
      {appointments.length === 0 ? (
        <p>{t("linked.none")}</p>
      ) : (
        <ul className="plain-list">
          {appointments.map((a) => (
            <li key={a.id}>
              <a href={`/staff/appointments?day=${embassyDay(a.start)}`}>{when(a.start)}</a>:{" "}
              {t(`services.${a.service}` as "services.visa")}, <span className="ltr">{a.reference}</span>,{" "}
              {t(`statuses.${a.status}` as "statuses.attended")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
