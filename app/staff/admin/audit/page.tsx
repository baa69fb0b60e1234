import type { Metadata } from "next";
import { toSearchParams } from "@/lib/search-params";
import { listStaff } from "@/lib/staff/accounts";
import { auditActions, listAudit, type AuditFilter } from "@/lib/staff/audit-log";
import { requireStaff } from "@/lib/staff/current-staff";
import { dateRangeFrom, dateRangeInputs } from "@/lib/date-range";
import { staffClock, staffTranslations } from "@/lib/staff/staff-i18n";
import { staffNames } from "@/lib/staff/staff-names";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";
import { dataKeys } from "@/i18n/message-keys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Audit"))("title") };
}

export default async function AuditPage({ searchParams }: PageProps<"/staff/admin/audit">) {
  const admin = await requireStaff("admin");
  const query = toSearchParams(await searchParams);
  const filter: AuditFilter = {
    action: query.get("action") || undefined,
    actorStaffId: query.get("actor") || undefined,
    targetId: query.get("target")?.trim() || undefined,
    ...dateRangeFrom(query),
    before: query.get("before") || undefined,
  };
  const [{ rows, next }, actions, people] = await Promise.all([
    listAudit(admin, filter),
    auditActions(),
    listStaff(admin),
  ]);
  const [t, when] = [await staffTranslations("Audit"), await staffClock()];
  // Staff accounts are targets too (created, changed): by name, with the id kept beside it.
  const names = await staffNames([
    ...rows.map((r) => r.actorStaffId),
    ...rows.filter((r) => r.targetType === "staff").map((r) => r.targetId),
  ]);
  const event = (action: string) => (dataKeys(t).has(`actions.${action}`) ? dataKeys(t)(`actions.${action}`) : action);
  const days = dateRangeInputs(filter);
  const withoutCursor = new URLSearchParams(query);
  withoutCursor.delete("before");

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <form method="get" action="/staff/admin/audit" className="filters">
        <FormGroup id="action" label={t("event")}>
          {(props) => (
            <select className="select" defaultValue={filter.action ?? ""} {...props}>
              <option value="">{t("allEvents")}</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {event(action)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="actor" label={t("who")}>
          {(props) => (
            <select className="select" defaultValue={filter.actorStaffId ?? ""} {...props}>
              <option value="">{t("anyone")}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="target" label={t("target")}>
          {(props) => <input className="input" defaultValue={filter.targetId ?? ""} spellCheck={false} {...props} />}
        </FormGroup>
        <FormGroup id="from" label={t("from")}>
          {(props) => <input className="input input--date" type="date" defaultValue={days.from} {...props} />}
        </FormGroup>
        <FormGroup id="to" label={t("to")}>
          {(props) => <input className="input input--date" type="date" defaultValue={days.to} {...props} />}
        </FormGroup>
        <button type="submit" className="button button--secondary">
          {t("apply")}
        </button>
      </form>
      <DataTable
        label={t("tableLabel")}
        columns={[t("columns.when"), t("columns.who"), t("columns.event"), t("columns.what"), t("columns.details")]}
        empty={t("empty")}
        rows={rows.map((row) => (
          <tr key={row.id}>
            <td>{when(row.at)}</td>
            <td>
              {row.actorStaffId ? (
                <>
                  {names.get(row.actorStaffId) ?? t("unknownStaff")}{" "}
                  <span className="muted ltr">{row.actorStaffId}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td>{event(row.action)}</td>
            <td>
              {row.targetType === "request" && row.targetId ? (
                <a href={`/staff/requests/${row.targetId}`}>
                  {t("targets.request")} <span className="ltr">{row.targetId}</span>
                </a>
              ) : row.targetType === "staff" && row.targetId ? (
                <>
                  {names.get(row.targetId) ?? t("unknownStaff")} <span className="muted ltr">{row.targetId}</span>
                </>
              ) : (
                <span className="ltr">{[row.targetType, row.targetId].filter(Boolean).join(" ")}</span>
              )}
            </td>
            <td className="ltr">{row.details}</td>
          </tr>
        ))}
      />
      <p>
        {filter.before && <a href={`/staff/admin/audit?${withoutCursor}`}>{t("newest")}</a>}{" "}
        {next && (
          <a href={`/staff/admin/audit?${new URLSearchParams([...withoutCursor, ["before", next]])}`}>{t("older")}</a>
        )}
      </p>
    </>
  );
}
