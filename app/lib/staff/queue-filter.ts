/** The queue's filter as the GET form and its URL carry it; shared by the page and the CSV export. */
import { dateRangeFrom, dateRangeInputs } from "../date-range";
import { isStatus } from "../requests/status";
import { isRequestType } from "../requests/types";
import type { QueueFilter } from "./queue";

export function queueFilterFrom(params: URLSearchParams): QueueFilter {
  const status = params.get("status") ?? "";
  const type = params.get("type") ?? "";
  const assignee = params.get("assignee") ?? "";
  return {
    status: isStatus(status) ? status : undefined,
    type: isRequestType(type) ? type : undefined,
    urgent: params.get("urgent") === "1",
    replied: params.get("replied") === "1",
    assignee: /^[\w-]{1,40}$/.test(assignee) ? assignee : undefined,
    ...dateRangeFrom(params),
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
  if (filter.replied) query.set("replied", "1");
  if (filter.assignee) query.set("assignee", filter.assignee);
  const days = dateRangeInputs(filter);
  if (days.from) query.set("from", days.from);
  if (days.to) query.set("to", days.to);
  if (filter.search) query.set("q", filter.search);
  if (page?.after) query.set("after", page.after);
  if (page?.before) query.set("before", page.before);
  return query.toString();
}
