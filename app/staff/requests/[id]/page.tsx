import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { canTransition, nextStatuses } from "@/lib/requests/status";
import { requireStaff } from "@/lib/staff/current-staff";
import { activeStaff } from "@/lib/staff/accounts";
import { typedValues } from "@/lib/staff/form-flash";
import { openRequest } from "@/lib/staff/request-view";
import { requestWords, staffTranslations } from "@/lib/staff/staff-i18n";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { Notice } from "@/ui/notice";
import { askForInformation, assign, moveRequest, writeNote } from "../../actions";
import { AttachmentList, LinkedAppointments, RequestHistory, RequestSummary } from "./request-details";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Request"))("title") };
}

const DONE = ["status", "asked", "note", "assigned"] as const;
const PROBLEMS = ["stale", "transition", "notFound", "assign"] as const;
/** Refused input: the form, its field, and the typed text comes back from form-flash. */
const FIELD_ERRORS = { question: "question", message: "message", note: "note-text" } as const;

export default async function StaffRequestPage({ params, searchParams }: PageProps<"/staff/requests/[id]">) {
  const staff = await requireStaff();
  const { id } = await params;
  const request = await openRequest(staff, id);
  if (!request) redirect("/staff/requests");
  const query = await searchParams;
  const [t, common, words] = [
    await staffTranslations("Request"),
    await staffTranslations("Common"),
    await requestWords(),
  ];
  const { status } = request;
  const moves = nextStatuses(status, "staff").filter((to) => to !== "needs_information");
  const canAsk = canTransition(status, "needs_information", "staff");
  const people = staff.role === "admin" ? await activeStaff() : [];
  const typed = await typedValues(`request:${request.id}`, query);
  const done = DONE.find((d) => d === query.done);
  const problem = PROBLEMS.find((p) => p === query.error);
  const fieldError = (Object.keys(FIELD_ERRORS) as (keyof typeof FIELD_ERRORS)[]).find((f) =>
    typed?.errors.includes(f),
  );
  const errorText = (field: keyof typeof FIELD_ERRORS) => (fieldError === field ? t(`errors.${field}`) : undefined);

  return (
    <>
      <a className="back-link no-print" href="/staff/requests">
        {t("back")}
      </a>
      <ErrorSummary
        title={common("errorSummaryTitle")}
        errors={fieldError ? [{ href: `#${FIELD_ERRORS[fieldError]}`, text: t(`errors.${fieldError}`) }] : []}
      />
      <Notice kind="done" text={done ? t(`done.${done}`) : undefined} />
      <Notice kind="error" text={problem ? t(`problems.${problem}`) : undefined} />
      <h1>
        <span className="ltr">{request.reference}</span> {request.urgent && <span className="tag">{t("urgent")}</span>}{" "}
        {request.replied && <span className="tag">{t("replied")}</span>}
      </h1>
      <p>
        <a href={`/staff/requests/${request.id}/print`}>{t("print")}</a>
      </p>
      <RequestSummary request={request} />

      <h2>{t("attachments")}</h2>
      <AttachmentList request={request} links />

      <LinkedAppointments appointments={request.appointments} />

      <section aria-labelledby="assignment">
        <h2 id="assignment">{t("assignment")}</h2>
        <form action={assign} className="filters">
          <input type="hidden" name="id" value={request.id} />
          {staff.role === "admin" ? (
            <>
              <FormGroup id="assignee" label={t("assignTo")}>
                {(props) => (
                  <select className="select" defaultValue={request.assigneeId ?? "none"} {...props}>
                    <option value="none">{t("noOne")}</option>
                    {people.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormGroup>
              <button type="submit" className="button button--secondary">
                {t("assign")}
              </button>
            </>
          ) : request.assigneeId === staff.id ? (
            <button type="submit" name="assignee" value="none" className="button button--secondary">
              {t("release")}
            </button>
          ) : (
            <button type="submit" name="assignee" value="me" className="button button--secondary">
              {t("claim")}
            </button>
          )}
        </form>
      </section>

      {canAsk && (
        <section aria-labelledby="ask">
          <h2 id="ask">{t("askTitle")}</h2>
          <form action={askForInformation} noValidate>
            <input type="hidden" name="id" value={request.id} />
            <input type="hidden" name="version" value={request.version} />
            <FormGroup
              id="question"
              label={t("askLabel")}
              hint={t("askHint")}
              error={errorText("question")}
              errorPrefix={common("errorPrefix")}
            >
              {(props) => (
                <textarea className="textarea" rows={4} defaultValue={typed?.values.question ?? ""} {...props} />
              )}
            </FormGroup>
            <button type="submit" className="button">
              {t("askButton")}
            </button>
          </form>
        </section>
      )}

      {moves.length > 0 && (
        <section aria-labelledby="change-status">
          <h2 id="change-status">{t("changeTitle")}</h2>
          <form action={moveRequest} noValidate>
            <input type="hidden" name="id" value={request.id} />
            <input type="hidden" name="version" value={request.version} />
            <fieldset className="form-group">
              <legend className="label">{t("newStatus")}</legend>
              <div className="radios">
                {moves.map((to, i) => (
                  <div className="radio" key={to}>
                    <input
                      type="radio"
                      id={i === 0 ? "to" : `to-${to}`}
                      name="to"
                      value={to}
                      defaultChecked={typed?.values.to ? typed.values.to === to : i === 0}
                    />
                    <label htmlFor={i === 0 ? "to" : `to-${to}`}>{words.status(to)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            <FormGroup
              id="message"
              label={t("messageLabel")}
              error={errorText("message")}
              errorPrefix={common("errorPrefix")}
            >
              {(props) => (
                <textarea className="textarea" rows={4} defaultValue={typed?.values.message ?? ""} {...props} />
              )}
            </FormGroup>
            <button type="submit" className="button">
              {t("changeButton")}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="history">
        <h2 id="history">{t("history")}</h2>
        <RequestHistory request={request} />
      </section>

      <section aria-labelledby="note">
        <h2 id="note">{t("noteTitle")}</h2>
        <form action={writeNote} noValidate>
          <input type="hidden" name="id" value={request.id} />
          <FormGroup
            id="note-text"
            name="note"
            label={t("noteLabel")}
            error={errorText("note")}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => <textarea className="textarea" rows={3} defaultValue={typed?.values.note ?? ""} {...props} />}
          </FormGroup>
          <button type="submit" className="button button--secondary">
            {t("noteButton")}
          </button>
        </form>
      </section>
    </>
  );
}
