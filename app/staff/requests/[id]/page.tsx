import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { nextStatuses, type Status } from "@/lib/requests/status";
import { requireStaff } from "@/lib/staff/current-staff";
import { FormGroup } from "@/ui/form-group";
import { openRequest } from "@/lib/staff/requests";
import { activeStaff } from "@/lib/staff/accounts";
import { assign, moveRequest, writeNote } from "../../actions";

export const metadata: Metadata = { title: "Request" };

const NOTICES: Record<string, string> = {
  status: "The status has been changed.",
  note: "Your note has been added.",
  stale: "Someone else changed this request while you were looking at it. Check it again before changing it.",
  transition: "That status change is not allowed from the current status.",
  invalid: "The message is empty or too long.",
  notFound: "That request no longer exists.",
  assigned: "The assignment has been changed.",
  assign: "You can take a request on or let go of your own; only an admin can assign it to someone else.",
};

export default async function StaffRequestPage({ params, searchParams }: PageProps<"/staff/requests/[id]">) {
  const staff = await requireStaff();
  const { id } = await params;
  const request = await openRequest(staff, id);
  if (!request) redirect("/staff/requests");
  const query = await searchParams;
  const notice = typeof query.done === "string" ? query.done : typeof query.error === "string" ? query.error : null;
  const moves = nextStatuses(request.status as Status, "staff");
  const people = staff.role === "admin" ? await activeStaff() : [];
  const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";

  return (
    <>
      <a className="back-link" href="/staff/requests">
        All requests
      </a>
      {notice && NOTICES[notice] && (
        <div className={query.error ? "warning" : "inset"} role={query.error ? "alert" : "status"}>
          <p>{NOTICES[notice]}</p>
        </div>
      )}
      <h1>
        <span className="ltr">{request.reference}</span> {request.urgent && <span className="tag">urgent</span>}
      </h1>
      <dl className="summary-list">
        {[
          ["Type", request.type.replace(/_/g, " ")],
          ["Status", request.status.replace("_", " ")],
          ["Received", when(request.createdAt)],
          ["Applicant", request.applicantName],
          ["Telephone", request.phone],
          ["E-mail", request.email ?? "—"],
          ["Language", request.locale],
          ["Assigned to", request.assignee?.name ?? "No one"],
          ...(request.passportNumber ? [["Passport number", request.passportNumber]] : []),
          ...(request.dateOfBirth ? [["Date of birth", request.dateOfBirth]] : []),
          ...Object.entries(request.details).map(([key, value]) => [key, value.startsWith("v1.") ? "(encrypted)" : value]),
        ].map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="auto" className="pre-line">
              {value}
            </dd>
          </div>
        ))}
      </dl>

      {request.attachments.length > 0 && (
        <>
          <h2>Attachments</h2>
          <ul>
            {request.attachments.map((file) => (
              <li key={file.id}>
                <a href={`/staff/requests/${request.id}/attachments/${file.id}`} dir="auto">
                  {file.filename}
                </a>{" "}
                <span className="muted">({Math.ceil(file.size / 1024)} KB)</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <section aria-labelledby="assignment">
        <h2 id="assignment">Assignment</h2>
        <form action={assign} className="filters">
          <input type="hidden" name="id" value={request.id} />
          {staff.role === "admin" ? (
            <>
              <FormGroup id="assignee" label="Assign to">
                {(props) => (
                  <select className="select" defaultValue={request.assigneeId ?? "none"} {...props}>
                    <option value="none">No one</option>
                    {people.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormGroup>
              <button type="submit" className="button button--secondary">
                Assign
              </button>
            </>
          ) : request.assigneeId === staff.id ? (
            <button type="submit" name="assignee" value="none" className="button button--secondary">
              Let go of this request
            </button>
          ) : (
            <button type="submit" name="assignee" value="me" className="button button--secondary">
              Take this request on
            </button>
          )}
        </form>
      </section>

      {moves.length > 0 && (
        <section aria-labelledby="change-status">
          <h2 id="change-status">Change the status</h2>
          <form action={moveRequest}>
            <input type="hidden" name="id" value={request.id} />
            <input type="hidden" name="version" value={request.version} />
            <fieldset className="form-group">
              <legend className="label">New status</legend>
              <div className="radios">
                {moves.map((to, i) => (
                  <div className="radio" key={to}>
                    <input type="radio" id={i === 0 ? "to" : `to-${to}`} name="to" value={to} defaultChecked={i === 0} />
                    <label htmlFor={i === 0 ? "to" : `to-${to}`}>{to.replace("_", " ")}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            <div className="form-group">
              <label className="label" htmlFor="message">
                Message to the applicant (shown on their tracking page)
              </label>
              <textarea className="textarea" id="message" name="message" rows={4} />
            </div>
            <button type="submit" className="button">
              Change status
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <ol className="plain-list">
          {request.events.map((event) => (
            <li key={event.id}>
              <div>
                <p className="muted">
                  {when(event.createdAt)} · {event.actor} · {event.kind.replace("_", " ")}
                  {event.toStatus ? ` → ${event.toStatus}` : ""}
                  {!event.public && " · internal"}
                </p>
                {event.body && (
                  <p dir="auto" className="pre-line">
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
      </section>

      <section aria-labelledby="note">
        <h2 id="note">Internal note</h2>
        <form action={writeNote}>
          <input type="hidden" name="id" value={request.id} />
          <div className="form-group">
            <label className="label" htmlFor="note-text">
              Note (staff only)
            </label>
            <textarea className="textarea" id="note-text" name="note" rows={3} />
          </div>
          <button type="submit" className="button button--secondary">
            Add note
          </button>
        </form>
      </section>
    </>
  );
}
