import "server-only";
/**
 * The filtered queue as CSV for a spreadsheet: a BOM so Excel reads Cyrillic and Urdu, and
 * formula escaping so a name like "=HYPERLINK(…)" stays text. No identity documents.
 * Headers, types and statuses are in the staff member's language; times are Karachi time
 * with their offset, as ISO 8601 (a spreadsheet sorts them and nobody misreads the zone).
 */
import { stringify } from "csv-stringify/sync";
import { db } from "../db/client";
import { embassyIso } from "../embassy-time";
import { recordAudit } from "./audit";
import { queueWhere, type QueueFilter } from "./queue";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export const EXPORT_COLUMNS = [
  "reference",
  "type",
  "status",
  "urgent",
  "replied",
  "applicant",
  "phone",
  "email",
  "received",
] as const;
export type ExportWords = {
  column: (name: (typeof EXPORT_COLUMNS)[number]) => string;
  type: (type: string) => string;
  status: (status: string) => string;
  yes: string;
  no: string;
};

export async function exportQueue(staff: VerifiedStaff, filter: QueueFilter, words: ExportWords): Promise<string> {
  assertCanWork(staff);
  const rows = await db.request.findMany({
    where: queueWhere(staff, filter),
    orderBy: [{ urgent: "desc" }, { replied: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: 10_000,
    select: {
      reference: true,
      type: true,
      status: true,
      urgent: true,
      replied: true,
      applicantName: true,
      phone: true,
      email: true,
      createdAt: true,
    },
  });
  await recordAudit({
    actor: { staffId: staff.id },
    action: "queue.exported",
    details: { rows: rows.length, status: filter.status ?? null },
  });
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  return stringify(
    rows.map((r) => [
      r.reference,
      words.type(r.type),
      words.status(r.status),
      yesNo(r.urgent),
      yesNo(r.replied),
      r.applicantName,
      r.phone,
      r.email ?? "",
      embassyIso(r.createdAt),
    ]),
    { header: true, columns: EXPORT_COLUMNS.map((c) => words.column(c)), bom: true, escape_formulas: true },
  );
}
