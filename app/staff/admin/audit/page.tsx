import type { Metadata } from "next";
import { toSearchParams } from "@/lib/search-params";
import { listStaff } from "@/lib/staff/accounts";
import { auditActions, listAudit, type AuditFilter } from "@/lib/staff/audit-log";
import { requireStaff } from "@/lib/staff/current-staff";
import { dateRangeFrom, dateRangeInputs } from "@/lib/date-range";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: PageProps<"/staff/admin/audit">) {
  const admin = await requireStaff("admin");
  const query = toSearchParams(await searchParams);
  const filter: AuditFilter = {
    action: query.get("action") || undefined,
    actorId: query.get("actor") || undefined,
    targetId: query.get("target")?.trim() || undefined,
    ...dateRangeFrom(query),
    before: query.get("before") || undefined,
  };
  const [{ rows, next }, actions, people] = await Promise.all([listAudit(admin, filter), auditActions(), listStaff(admin)]);
  const days = dateRangeInputs(filter);
  const names = new Map(people.map((p) => [p.id, `${p.name} (${p.email})`]));
  const withoutCursor = new URLSearchParams(query);
  withoutCursor.delete("before");

  return (
    <>
      <h1>Audit log</h1>
      <p>Who looked at or changed what, newest first. It records identifiers and events, never the personal data itself, and cannot be edited.</p>
      <form method="get" action="/staff/admin/audit" className="filters">
        <FormGroup id="action" label="Event">
          {(props) => (
            <select className="select" defaultValue={filter.action ?? ""} {...props}>
              <option value="">All events</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="actor" label="Who">
          {(props) => (
            <select className="select" defaultValue={filter.actorId ?? ""} {...props}>
              <option value="">Anyone</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="target" label="Request, account or setting id">
          {(props) => <input className="input" defaultValue={filter.targetId ?? ""} spellCheck={false} {...props} />}
        </FormGroup>
        <FormGroup id="from" label="From">
          {(props) => <input className="input input--date" type="date" defaultValue={days.from} {...props} />}
        </FormGroup>
        <FormGroup id="to" label="To">
          {(props) => <input className="input input--date" type="date" defaultValue={days.to} {...props} />}
        </FormGroup>
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>
      </form>
      <DataTable
        label="Events"
        columns={["When (UTC)", "Who", "Event", "What", "Details"]}
        empty="No events match."
        rows={rows.map((row) => (
            <tr key={row.id}>
              <td>{row.at.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td>{row.actorId ? (names.get(row.actorId) ?? row.actorId) : "—"}</td>
              <td>{row.action}</td>
              <td>
                {row.targetType === "request" && row.targetId ? (
                  <a href={`/staff/requests/${row.targetId}`}>request {row.targetId}</a>
                ) : (
                  [row.targetType, row.targetId].filter(Boolean).join(" ")
                )}
              </td>
              <td className="ltr">{row.details}</td>
            </tr>
        ))}
      />
      <p>
        {filter.before && <a href={`/staff/admin/audit?${withoutCursor}`}>Newest</a>}{" "}
        {next && <a href={`/staff/admin/audit?${new URLSearchParams([...withoutCursor, ["before", next]])}`}>Older events</a>}
      </p>
    </>
  );
}
