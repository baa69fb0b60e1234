/** The queue's filter as the GET form and its URL carry it; shared by the page and the CSV export. */
import { isStatus } from "../requests/status";
import { isRequestType } from "../requests/types";
import type { QueueFilter } from "./requests";

const DAY_MS = 86_400_000;
const day = (value: string | null): Date | undefined => {
  const time = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time);
};

export function queueFilterFrom(params: URLSearchParams): QueueFilter {
  const status = params.get("status") ?? "";
  const type = params.get("type") ?? "";
  const assignee = params.get("assignee") ?? "";
  const to = day(params.get("to"));
  return {
    status: isStatus(status) ? status : undefined,
    type: isRequestType(type) ? type : undefined,
    urgent: params.get("urgent") === "1",
    assignee: /^[\w-]{1,40}$/.test(assignee) ? assignee : undefined,
    from: day(params.get("from")),
    to: to && new Date(to.getTime() + DAY_MS),
    search: params.get("q")?.slice(0, 100) || undefined,
    after: params.get("after") || undefined,
    before: params.get("before") || undefined,
  };
}

/** The filter back as a query string (without a page cursor unless given). */
export function queueQuery(filter: QueueFilter, page?: { after?: string | null; before?: string | null }): string {
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.type) query.set("type", filter.type);
  if (filter.urgent) query.set("urgent", "1");
  if (filter.assignee) query.set("assignee", filter.assignee);
  if (filter.from) query.set("from", isoDay(filter.from));
  if (filter.to) query.set("to", isoDay(new Date(filter.to.getTime() - DAY_MS)));
  if (filter.search) query.set("q", filter.search);
  if (page?.after) query.set("after", page.after);
  if (page?.before) query.set("before", page.before);
  return query.toString();
}

/** A day as the date inputs show it (YYYY-MM-DD, UTC). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
