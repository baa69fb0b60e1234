import type { Metadata } from "next";
import { dateRangeInputs } from "@/lib/date-range";
import { workingDaysBetween } from "@/lib/embassy-time";
import { toSearchParams } from "@/lib/search-params";
import { STATUSES } from "@/lib/requests/status";
import { REQUEST_TYPES } from "@/lib/requests/types";
import { requireStaff } from "@/lib/staff/current-staff";
import { queueFilterFrom, queueQuery } from "@/lib/staff/queue-filter";
import { readSettings } from "@/lib/settings/read-settings";
import { activeStaff } from "@/lib/staff/accounts";
import { isOverdue } from "@/lib/staff/overdue";
import { countOpenByStatus, listQueue } from "@/lib/staff/queue";
import { requestWords, staffTranslations } from "@/lib/staff/staff-i18n";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";
import { Notice } from "@/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Queue"))("title") };
}

/** Saved filters: the views an officer opens every morning, one link each. */
const SAVED = [
  ["open", ""],
  ["mine", "assignee=me"],
  ["replied", "replied=1"],
  ["urgent", "urgent=1"],
] as const;

export default async function QueuePage({ searchParams }: PageProps<"/staff/requests">) {
  const staff = await requireStaff();
  const query = toSearchParams(await searchParams);
  const filter = queueFilterFrom(query);
  const [{ rows, next, previous }, counts, people, settings] = await Promise.all([
    listQueue(staff, filter),
    countOpenByStatus(),
    activeStaff(),
    readSettings(),
  ]);
  const [t, words] = [await staffTranslations("Queue"), await requestWords()];
  const limits = {
    normal: settings["queue.overdueWorkingDays"].value,
    urgent: settings["queue.overdueUrgentWorkingDays"].value,
  };
  const now = new Date();
  const days = dateRangeInputs(filter);
  const current = queueQuery(filter);

  return (
    <>
      {query.get("forbidden") && <Notice kind="error" text={t("forbidden")} />}
      <h1>{t("title")}</h1>
      <nav aria-label={t("savedLabel")}>
        <ul className="filters plain-inline">
          {SAVED.map(([name, saved]) => (
            <li key={name}>
              <a
                href={`/staff/requests${saved ? `?${saved}` : ""}`}
                aria-current={current === saved ? "page" : undefined}
              >
                {t(`saved.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ul className="filters plain-inline">
        {STATUSES.map((s) => (
          <li key={s}>
            <a href={`/staff/requests?status=${s}`}>
              {words.status(s)}
              {s in counts ? `: ${counts[s]}` : ""}
            </a>
          </li>
        ))}
      </ul>
      <form method="get" action="/staff/requests" className="filters">
        <FormGroup id="q" label={t("search")} hint={t("searchHint")}>
          {(props) => <input className="input" defaultValue={filter.search ?? ""} {...props} />}
        </FormGroup>
        <FormGroup id="status" label={t("status")}>
          {(props) => (
            <select className="select" defaultValue={filter.status ?? ""} {...props}>
              <option value="">{t("anyOpenStatus")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {words.status(s)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="type" label={t("type")}>
          {(props) => (
            <select className="select" defaultValue={filter.type ?? ""} {...props}>
              <option value="">{t("anyType")}</option>
              {REQUEST_TYPES.map((type) => (
                <option key={type} value={type}>
                  {words.type(type)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="assignee" label={t("assignee")}>
          {(props) => (
            <select className="select" defaultValue={filter.assignee ?? ""} {...props}>
              <option value="">{t("anyone")}</option>
              <option value="me">{t("me")}</option>
              <option value="none">{t("noOne")}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup id="from" label={t("from")}>
          {(props) => <input className="input input--date" type="date" defaultValue={days.from} {...props} />}
        </FormGroup>
        <FormGroup id="to" label={t("to")}>
          {(props) => <input className="input input--date" type="date" defaultValue={days.to} {...props} />}
        </FormGroup>
        <div className="form-group radio">
          <input type="checkbox" id="urgent" name="urgent" value="1" defaultChecked={filter.urgent} />
          <label htmlFor="urgent">{t("urgentOnly")}</label>
        </div>
        <div className="form-group radio">
          <input type="checkbox" id="replied" name="replied" value="1" defaultChecked={filter.replied} />
          <label htmlFor="replied">{t("repliedOnly")}</label>
        </div>
        <button type="submit" className="button button--secondary">
          {t("apply")}
        </button>
      </form>
      <DataTable
        label={t("title")}
        columns={[
          t("columns.reference"),
          t("columns.type"),
          t("columns.applicant"),
          t("columns.status"),
          t("columns.assignee"),
          t("columns.age"),
        ]}
        empty={t("empty")}
        rows={rows.map((row) => {
          const age = workingDaysBetween(row.createdAt, now);
          return (
            <tr key={row.id}>
              <td>
                <a href={`/staff/requests/${row.id}`}>{row.reference}</a>
                {row.urgent && <strong className="tag"> {t("urgent")}</strong>}
                {row.replied && <strong className="tag"> {t("replied")}</strong>}
              </td>
              <td>{words.type(row.type)}</td>
              <td dir="auto">{row.applicantName}</td>
              <td>{words.status(row.status)}</td>
              <td>{row.assignee?.name ?? "—"}</td>
              <td>
                {isOverdue(row, limits, now) ? (
                  <strong className="overdue">{t("ageOverdue", { days: age })}</strong>
                ) : (
                  t("age", { days: age })
                )}
              </td>
            </tr>
          );
        })}
      />
      <p>
        {previous && <a href={`/staff/requests?${queueQuery(filter, { before: previous })}`}>{t("previous")}</a>}{" "}
        {next && <a href={`/staff/requests?${queueQuery(filter, { after: next })}`}>{t("next")}</a>}
      </p>
      <p>
        <a href={`/staff/requests/export?${current}`} download>
          {t("export")}
        </a>
      </p>
    </>
  );
}
