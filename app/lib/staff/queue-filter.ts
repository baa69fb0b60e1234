/** The queue's filter as the GET form and its URL carry it; shared by the page and the CSV export. */
import { isStatus } from "../requests/status";
import { isRequestType } from "../requests/types";
import type { QueueFilter } from "./requests";

export function queueFilterFrom(params: URLSearchParams): QueueFilter {
  const status = params.get("status") ?? "";
  const type = params.get("type") ?? "";
  return {
    status: isStatus(status) ? status : undefined,
    type: isRequestType(type) ? type : undefined,
    urgent: params.get("urgent") === "1",
    search: params.get("q")?.slice(0, 100) || undefined,
    after: params.get("after") || undefined,
  };
}

/** The filter back as a query string (without the page cursor unless given). */
export function queueQuery(filter: QueueFilter, after?: string | null): string {
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.type) query.set("type", filter.type);
  if (filter.urgent) query.set("urgent", "1");
  if (filter.search) query.set("q", filter.search);
  if (after) query.set("after", after);
  return query.toString();
}
