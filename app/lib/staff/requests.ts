import "server-only";
/**
 * The staff side of requests: the queue, one request in full, status changes and notes.
 * Every function takes the signed-in staff member, checked by the caller with
 * requireStaff(), and records what was looked at or changed in the audit trail.
 */
import { stringify } from "csv-stringify/sync";
import { blindIndex, decryptBytes, decryptText } from "../crypto/protect";
import { containsIgnoringCase, db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { enqueueStatusEmail } from "../notifications/outbox";
import { passportNumber } from "../requests/fields";
import { normalizeReference } from "../requests/reference";
import { canTransition, CLOSED, isStatus, STATUSES, type Status } from "../requests/status";
import { trackingUrl } from "../requests/submit-request";
import { recordAudit } from "./audit";
import type { StaffMember } from "./sessions";

export const PAGE_SIZE = 25;

export type QueueFilter = {
  status?: Status;
  type?: string;
  urgent?: boolean;
  /** "me", "none" (unassigned) or a staff id. */
  assignee?: string;
  /** Received on or after this day (UTC) … */
  from?: Date;
  /** … and before this instant (the day after the "to" day). */
  to?: Date;
  search?: string;
  /** Keyset cursors (opaque): the page after, or before, a row. */
  after?: string;
  before?: string;
};
export type QueueRow = {
  id: string;
  reference: string;
  type: string;
  status: string;
  urgent: boolean;
  applicantName: string;
  createdAt: Date;
  assignee: { name: string } | null;
};

/**
 * Urgent requests first, then the oldest: keyset pagination on (urgent, createdAt, id),
 * so the hundredth page costs what the first does. `after` pages forward from a row,
 * `before` back from one (read in reverse order, then turned round).
 */
export async function listQueue(staff: StaffMember, filter: QueueFilter): Promise<{ rows: QueueRow[]; next: string | null; previous: string | null }> {
  const backward = !filter.after && !!filter.before;
  const cursor = decodeCursor(filter.after ?? filter.before ?? "");
  // Columns the filter fixes to null lead the order: it is the same order (they are null in
  // every row), but PostgreSQL reads an index in order only past columns fixed by "=" or
  // named in ORDER BY, not by IS NULL; without them it sorted or scanned (tests/bench).
  const fixedToNull = [...(filter.assignee === "none" ? (["assigneeId"] as const) : []), ...(!filter.status && !filter.search?.trim() ? (["closedAt"] as const) : [])];
  const fetched = await db.request.findMany({
    where: { AND: [queueWhere(staff, filter), cursor ? (backward ? rowsBefore(cursor) : rowsAfter(cursor)) : {}] },
    orderBy: [
      ...fixedToNull.map((column) => ({ [column]: backward ? "desc" : "asc" }) as Prisma.RequestOrderByWithRelationInput),
      ...(backward ? [{ urgent: "asc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }] : [{ urgent: "desc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }]),
    ],
    take: PAGE_SIZE + 1,
    select: { id: true, reference: true, type: true, status: true, urgent: true, applicantName: true, createdAt: true, assignee: { select: { name: true } } },
  });
  const more = fetched.length > PAGE_SIZE;
  const rows = backward ? fetched.slice(0, PAGE_SIZE).reverse() : fetched.slice(0, PAGE_SIZE);
  await recordAudit({ actorId: staff.id, action: "queue.viewed", details: { status: filter.status ?? null, count: rows.length } });
  const [first, last] = [rows[0], rows.at(-1)];
  return {
    rows,
    next: last && (backward || more) ? encodeCursor(last) : null,
    previous: first && (backward ? more : !!cursor) ? encodeCursor(first) : null,
  };
}

type Cursor = { urgent: boolean; createdAt: Date; id: string };

// Urgent rows come first (urgent sorts descending). Within the cursor's group the condition
// is a range on the index (createdAt from the cursor's, less the rows up to it), which the
// database seeks to directly, however deep the page; an OR of (createdAt >, createdAt = and
// id >) made it read the index from the start instead (tests/bench: 90 ms at a million rows).
const rowsAfter = (c: Cursor): Prisma.RequestWhereInput => {
  const rest = { urgent: c.urgent, createdAt: { gte: c.createdAt }, NOT: { createdAt: c.createdAt, id: { lte: c.id } } };
  return c.urgent ? { OR: [rest, { urgent: false }] } : rest;
};

const rowsBefore = (c: Cursor): Prisma.RequestWhereInput => {
  const rest = { urgent: c.urgent, createdAt: { lte: c.createdAt }, NOT: { createdAt: c.createdAt, id: { gte: c.id } } };
  return c.urgent ? rest : { OR: [rest, { urgent: true }] };
};

/**
 * The filter as a query. The queue without a status shows the open requests (closedAt is
 * set exactly when a request reaches a closed status). Search finds a reference (however
 * typed) or a passport number exactly, the latter through its blind index (the number is
 * never stored in clear); any other text matches a name or e-mail (contains).
 * An identifier is looked up alone, by its index: it cannot be part of a name.
 */
function queueWhere(staff: StaffMember, filter: QueueFilter): Prisma.RequestWhereInput {
  const search = filter.search?.trim();
  return {
    ...(filter.status ? { status: filter.status } : search ? {} : { closedAt: null }),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.urgent ? { urgent: true } : {}),
    ...(filter.assignee ? { assigneeId: filter.assignee === "none" ? null : filter.assignee === "me" ? staff.id : filter.assignee } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    ...(search ? searchWhere(search) : {}),
  };
}

function searchWhere(search: string): Prisma.RequestWhereInput {
  const reference = normalizeReference(search);
  if (reference) return { reference };
  const passport = passportNumber.safeParse(search);
  if (passport.success) return { passportNumberIndex: blindIndex(passport.data) };
  return { OR: [{ applicantName: containsIgnoringCase(search) }, { email: { contains: search.toLowerCase() } }] };
}

/**
 * How many open requests are in each open status (the queue's summary): what is waiting.
 * Closed requests are not counted: at a million rows that count would cost more than the page.
 */
export async function countOpenByStatus(): Promise<Partial<Record<Status, number>>> {
  const groups = await db.request.groupBy({ by: ["status"], where: { closedAt: null }, _count: { _all: true } });
  const counts = Object.fromEntries(STATUSES.filter((status) => !CLOSED.has(status)).map((status) => [status, 0])) as Partial<Record<Status, number>>;
  for (const g of groups) counts[g.status as Status] = g._count._all;
  return counts;
}

/**
 * The filtered queue as CSV for a spreadsheet: a BOM so Excel reads Cyrillic and Urdu, and
 * formula escaping so a name like "=HYPERLINK(…)" stays text. No identity documents.
 */
export async function exportQueue(staff: StaffMember, filter: QueueFilter): Promise<string> {
  const rows = await db.request.findMany({
    where: queueWhere(staff, filter),
    orderBy: [{ urgent: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: 10_000,
    select: { reference: true, type: true, status: true, urgent: true, applicantName: true, phone: true, email: true, createdAt: true },
  });
  await recordAudit({ actorId: staff.id, action: "queue.exported", details: { rows: rows.length, status: filter.status ?? null } });
  return stringify(
    rows.map((r) => [r.reference, r.type, r.status, r.urgent ? "yes" : "no", r.applicantName, r.phone, r.email ?? "", r.createdAt.toISOString()]),
    { header: true, columns: ["reference", "type", "status", "urgent", "applicant", "phone", "email", "received"], bom: true, escape_formulas: true },
  );
}

/** A row's place in the queue's order, as the opaque `after`/`before` value of a page link. */
export const encodeCursor = (r: Cursor) =>
  Buffer.from(JSON.stringify([r.urgent, r.createdAt.getTime(), r.id])).toString("base64url");

function decodeCursor(cursor: string): Cursor | null {
  if (!cursor) return null;
  try {
    const [urgent, time, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return typeof urgent === "boolean" && Number.isFinite(time) && typeof id === "string" ? { urgent, createdAt: new Date(time), id } : null;
  } catch {
    return null;
  }
}

/** One request in full, decrypted for the officer; the view itself is audited. */
export async function openRequest(staff: StaffMember, id: string) {
  const request = await db.request.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true } },
      events: { orderBy: { createdAt: "asc" }, include: { attachments: { select: { id: true, filename: true, size: true } } } },
      attachments: { where: { eventId: null }, select: { id: true, filename: true, size: true, mimeType: true } },
    },
  });
  if (!request) return null;
  await recordAudit({ actorId: staff.id, action: "request.viewed", targetType: "request", targetId: request.id });
  return {
    ...request,
    details: JSON.parse(request.details) as Record<string, string>,
    passportNumber: request.passportNumberEnc ? decryptText(request.passportNumberEnc) : null,
    dateOfBirth: request.dateOfBirthEnc ? decryptText(request.dateOfBirthEnc) : null,
  };
}

export async function downloadAttachment(staff: StaffMember, requestId: string, attachmentId: string) {
  const file = await db.attachment.findFirst({ where: { id: attachmentId, requestId } });
  if (!file) return null;
  await recordAudit({ actorId: staff.id, action: "attachment.downloaded", targetType: "attachment", targetId: file.id, details: { requestId } });
  return { filename: file.filename, mimeType: file.mimeType, content: decryptBytes(Buffer.from(file.content)) };
}

export type ChangeResult = { ok: true } | { ok: false; error: "notFound" | "transition" | "stale" };

/**
 * Moves a request along the state machine. Guarded by the version the officer saw: if
 * someone else changed the request in the meantime, nothing happens and the officer is told.
 * A message goes to the applicant's tracking page and, by e-mail, the new status.
 */
export async function changeStatus(
  staff: StaffMember,
  change: { id: string; version: number; to: Status; message: string | null; origin: string },
): Promise<ChangeResult> {
  const request = await db.request.findUnique({ where: { id: change.id } });
  if (!request || !isStatus(request.status)) return { ok: false, error: "notFound" };
  if (!canTransition(request.status, change.to, "staff")) return { ok: false, error: "transition" };
  return db.$transaction(async (tx): Promise<ChangeResult> => {
    const moved = await tx.request.updateMany({
      where: { id: request.id, version: change.version, status: request.status },
      data: { status: change.to, version: { increment: 1 }, closedAt: CLOSED.has(change.to) ? new Date() : null },
    });
    if (moved.count !== 1) return { ok: false, error: "stale" };
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        kind: change.message ? "message" : "status_changed",
        fromStatus: request.status,
        toStatus: change.to,
        body: change.message,
        actor: `staff:${staff.id}`,
      },
    });
    if (request.email) {
      await enqueueStatusEmail(tx, {
        recipient: request.email,
        locale: request.locale,
        reference: request.reference,
        status: change.to,
        trackingUrl: trackingUrl(change.origin, request.locale, request.reference),
      });
    }
    await recordAudit({ actorId: staff.id, action: "request.status_changed", targetType: "request", targetId: request.id, details: { from: request.status, to: change.to } }, tx);
    return { ok: true };
  });
}

/**
 * Takes a request on, hands it to someone, or lets it go. Officers may claim a request or
 * release their own; admins may assign anyone.
 */
export async function assignRequest(staff: StaffMember, id: string, assigneeId: string | null): Promise<{ ok: boolean }> {
  const request = await db.request.findUnique({ where: { id }, select: { assigneeId: true } });
  if (!request) return { ok: false };
  const allowed = staff.role === "admin" || assigneeId === staff.id || (assigneeId === null && request.assigneeId === staff.id);
  if (!allowed) return { ok: false };
  if (assigneeId && !(await db.staffUser.count({ where: { id: assigneeId, disabled: false } }))) return { ok: false };
  await db.$transaction(async (tx) => {
    await tx.request.update({ where: { id }, data: { assigneeId } });
    await recordAudit({ actorId: staff.id, action: "request.assigned", targetType: "request", targetId: id, details: { from: request.assigneeId, to: assigneeId } }, tx);
  });
  return { ok: true };
}

/** Adds an internal note; false when there is no such request (an id from an old page, or made up). */
export async function addNote(staff: StaffMember, id: string, note: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await tx.request.findUnique({ where: { id }, select: { id: true } }))) return false;
    const event = await tx.requestEvent.create({ data: { requestId: id, kind: "note", body: note, public: false, actor: `staff:${staff.id}` } });
    await recordAudit({ actorId: staff.id, action: "request.note_added", targetType: "request", targetId: id, details: { eventId: event.id } }, tx);
    return true;
  });
}
