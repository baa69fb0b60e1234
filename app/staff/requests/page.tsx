import type { Metadata } from "next";
import { dateRangeInputs } from "@/lib/date-range";
import { toSearchParams } from "@/lib/search-params";
import { STATUSES } from "@/lib/requests/status";
import { REQUEST_TYPES } from "@/lib/requests/types";
import { requireStaff } from "@/lib/staff/current-staff";
import { queueFilterFrom, queueQuery } from "@/lib/staff/queue-filter";
import { readSettings } from "@/lib/settings/read-settings";
import { activeStaff } from "@/lib/staff/accounts";
import { isOverdue } from "@/lib/staff/overdue";
import { countOpenByStatus, listQueue } from "@/lib/staff/requests";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";

export const metadata: Metadata = { title: "Requests" };

const ageInDays = (date: Date, now: Date) => Math.floor((now.getTime() - date.getTime()) / 86_400_000);

export default async function QueuePage({ searchParams }: PageProps<"/staff/requests">) {
  const staff = await requireStaff();
  const query = toSearchParams(await searchParams);
  const filter = queueFilterFrom(query);
  const [{ rows, next, previous }, counts, people, settings] = await Promise.all([listQueue(staff, filter), countOpenByStatus(), activeStaff(), readSettings()]);
  const limits = { normal: settings["queue.overdueWorkingDays"].value, urgent: settings["queue.overdueUrgentWorkingDays"].value };
  const now = new Date();
  const days = dateRangeInputs(filter);

  return (
    <>
      {query.get("forbidden") && (
        <div className="warning" role="alert">
          <p>That page is for administrators only.</p>
        </div>
      )}
      <h1>Requests</h1>
      <ul className="filters plain-inline">
        {STATUSES.map((s) => (
          <li key={s}>
            <a href={`/staff/requests?status=${s}`}>
              {s.replace("_", " ")}
              {s in counts ? `: ${counts[s]}` : ""}
            </a>
          </li>
        ))}
      </ul>
      <form method="get" action="/staff/requests" className="filters">
        <FormGroup id="q" label="Search" hint="Reference, name, e-mail or exact passport number">
          {(props) => <input className="input" defaultValue={filter.search ?? ""} {...props} />}
        </FormGroup>
        <FormGroup id="status" label="Status">
          {(props) => (
            <select className="select" defaultValue={filter.status ?? ""} {...props}>
              <option value="">Open (not closed)</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s.replace("_", " ")}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="type" label="Type">
          {(props) => (
            <select className="select" defaultValue={filter.type ?? ""} {...props}>
              <option value="">All types</option>
              {REQUEST_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t.replace(/_/g, " ")}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="assignee" label="Assigned to">
          {(props) => (
            <select className="select" defaultValue={filter.assignee ?? ""} {...props}>
              <option value="">Anyone or no one</option>
              <option value="me">Me</option>
              <option value="none">No one</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="from" label="Received from">
          {(props) => <input className="input input--date" type="date" defaultValue={days.from} {...props} />}
        </FormGroup>
        <FormGroup id="to" label="Received to">
          {(props) => <input className="input input--date" type="date" defaultValue={days.to} {...props} />}
        </FormGroup>
        <div className="form-group radio">
          <input type="checkbox" id="urgent" name="urgent" value="1" defaultChecked={filter.urgent} />
          <label htmlFor="urgent">Urgent only</label>
        </div>
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>
      </form>
      <DataTable
        label="Requests"
        columns={["Reference", "Type", "Applicant", "Status", "Assigned to", "Age"]}
        empty="No requests match."
        rows={rows.map((row) => {
            const age = ageInDays(row.createdAt, now);
            return (
              <tr key={row.id}>
                <td>
                  <a href={`/staff/requests/${row.id}`}>{row.reference}</a>
                  {row.urgent && <strong className="tag"> urgent</strong>}
                </td>
                <td>{row.type.replace(/_/g, " ")}</td>
                <td dir="auto">{row.applicantName}</td>
                <td>{row.status.replace("_", " ")}</td>
                <td>{row.assignee?.name ?? "—"}</td>
                <td>{isOverdue(row, limits, now) ? <strong className="overdue">{age} days (overdue)</strong> : `${age} days`}</td>
              </tr>
            );
          })}
      />
      <p>
        {previous && <a href={`/staff/requests?${queueQuery(filter, { before: previous })}`}>Previous page</a>}{" "}
        {next && <a href={`/staff/requests?${queueQuery(filter, { after: next })}`}>Next page</a>}
      </p>
      <p>
        <a href={`/staff/requests/export?${queueQuery(filter)}`} download>
          Download these requests as CSV
        </a>
      </p>
    </>
  );
}
