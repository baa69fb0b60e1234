import type { Metadata } from "next";
import { toSearchParams } from "@/lib/search-params";
import { STATUSES } from "@/lib/requests/status";
import { REQUEST_TYPES } from "@/lib/requests/types";
import { requireStaff } from "@/lib/staff/current-staff";
import { queueFilterFrom, queueQuery } from "@/lib/staff/queue-filter";
import { countByStatus, listQueue } from "@/lib/staff/requests";
import { logOut } from "../actions";

export const metadata: Metadata = { title: "Requests" };

const ageInDays = (date: Date) => Math.floor((Date.now() - date.getTime()) / 86_400_000);
const OVERDUE_DAYS = 5;

export default async function QueuePage({ searchParams }: PageProps<"/staff/requests">) {
  const staff = await requireStaff();
  const query = toSearchParams(await searchParams);
  const filter = queueFilterFrom(query);
  const [{ rows, next }, counts] = await Promise.all([listQueue(staff, filter), countByStatus()]);

  return (
    <>
      <form action={logOut} className="no-print">
        <p>
          Signed in as {staff.name} ({staff.role}){" "}
          <button type="submit" className="button button--secondary">
            Sign out
          </button>
        </p>
      </form>
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
              {s.replace("_", " ")}: {counts[s] ?? 0}
            </a>
          </li>
        ))}
      </ul>
      <form method="get" action="/staff/requests" className="filters">
        <div className="form-group">
          <label className="label" htmlFor="q">
            Search
          </label>
          <p className="hint" id="q-hint">
            Reference, name, e-mail or exact passport number
          </p>
          <input className="input" id="q" name="q" defaultValue={filter.search ?? ""} aria-describedby="q-hint" />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="status">
            Status
          </label>
          <select className="select" id="status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">Open (not closed)</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ")}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="type">
            Type
          </label>
          <select className="select" id="type" name="type" defaultValue={filter.type ?? ""}>
            <option value="">All types</option>
            {REQUEST_TYPES.map((t) => (
              <option key={t} value={t}>
                {t.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group radio">
          <input type="checkbox" id="urgent" name="urgent" value="1" defaultChecked={filter.urgent} />
          <label htmlFor="urgent">Urgent only</label>
        </div>
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>
      </form>
      {rows.length === 0 ? (
        <p>No requests match.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Requests" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Type</th>
                <th scope="col">Applicant</th>
                <th scope="col">Status</th>
                <th scope="col">Age</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const age = ageInDays(row.createdAt);
                return (
                  <tr key={row.id}>
                    <td>
                      <a href={`/staff/requests/${row.id}`}>{row.reference}</a>
                      {row.urgent && <strong className="tag"> urgent</strong>}
                    </td>
                    <td>{row.type.replace(/_/g, " ")}</td>
                    <td dir="auto">{row.applicantName}</td>
                    <td>{row.status.replace("_", " ")}</td>
                    <td>{age >= OVERDUE_DAYS ? <strong className="overdue">{age} days (overdue)</strong> : `${age} days`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {filter.after && <a href={`/staff/requests?${queueQuery(filter)}`}>First page</a>}{" "}
        {next && <a href={`/staff/requests?${queueQuery(filter, next)}`}>Next page</a>}
      </p>
      <p>
        <a href={`/staff/requests/export?${queueQuery(filter)}`} download>
          Download these requests as CSV
        </a>
      </p>
    </>
  );
}
