import "server-only";
/**
 * The staff queue: one page of requests in the queue's order, the page cursors, and the
 * counts per status. Every function takes the signed-in staff member, checked by the
 * caller with requireStaff(); viewing the queue is audited.
 */
import { blindIndex } from "../crypto/protect";
import { containsIgnoringCase, db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { passportNumber } from "../requests/fields";
import { normalizeReference } from "../requests/reference";
import { CLOSED, STATUSES, type Status } from "../requests/status";
import type { RequestType } from "../requests/types";
import { recordAudit } from "./audit";
import { decodeCursor, encodeCursor } from "./cursor";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export const PAGE_SIZE = 25;

export type QueueFilter = {
  status?: Status;
  type?: RequestType;
  urgent?: boolean;
  /** Only requests the applicant has answered since the staff last acted on them. */
  replied?: boolean;
  /** "me", "none" (unassigned) or a staff id. */
  assignee?: string;
  /** Received at or after this instant (the start of a Karachi day) … */
  from?: Date;
  /** … and before this one (the start of the day after the "to" day). */
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
  replied: boolean;
  applicantName: string;
  createdAt: Date;
  assignee: { name: string } | null;
};

/**
 * Urgent requests first, then those the applicant has answered, then the oldest: keyset
 * pagination on (urgent, replied, createdAt, id), so the hundredth page costs what the
 * first does. `after` pages forward from a row, `before` back from one (read in reverse
 * order, then turned round).
 */
export async function listQueue(
  staff: VerifiedStaff,
  filter: QueueFilter,
): Promise<{ rows: QueueRow[]; next: string | null; previous: string | null }> {
  assertCanWork(staff);
  const backward = !filter.after && !!filter.before;
  const cursor = queueCursor(filter.after ?? filter.before ?? "");
  // Columns the filter fixes to null lead the order: it is the same order (they are null in
  // every row), but PostgreSQL reads an index in order only past columns fixed by "=" or
  // named in ORDER BY, not by IS NULL; without them it sorted or scanned (tests/bench).
  const fixedToNull = [
    ...(filter.assignee === "none" ? (["assigneeId"] as const) : []),
    ...(!filter.status && !filter.search?.trim() ? (["closedAt"] as const) : []),
  ];
  const [up, down] = backward ? (["desc", "asc"] as const) : (["asc", "desc"] as const);
  const fetched = await db.request.findMany({
    where: { AND: [queueWhere(staff, filter), cursor ? (backward ? rowsBefore(cursor) : rowsAfter(cursor)) : {}] },
    orderBy: [
      ...fixedToNull.map((column) => ({ [column]: up })),
      { urgent: down },
      { replied: down },
      { createdAt: up },
      { id: up },
    ],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      urgent: true,
      replied: true,
      applicantName: true,
      createdAt: true,
      assignee: { select: { name: true } },
    },
  });
  const more = fetched.length > PAGE_SIZE;
  const rows = backward ? fetched.slice(0, PAGE_SIZE).reverse() : fetched.slice(0, PAGE_SIZE);
  await recordAudit({
    actor: { staffId: staff.id },
    action: "queue.viewed",
    details: { status: filter.status ?? null, count: rows.length },
  });
  const [first, last] = [rows[0], rows.at(-1)];
  return {
    rows,
    next: last && (backward || more) ? cursorOf(last) : null,
    previous: first && (backward ? more : !!cursor) ? cursorOf(first) : null,
  };
}

type Cursor = { urgent: boolean; replied: boolean; createdAt: Date; id: string };

/** The queue's groups in order: (urgent, replied) both sort descending. */
const GROUPS = [
  [true, true],
  [true, false],
  [false, true],
  [false, false],
] as const;
const groupOf = (c: Cursor) => GROUPS.findIndex(([urgent, replied]) => urgent === c.urgent && replied === c.replied);
const groups = (list: (typeof GROUPS)[number][]): Prisma.RequestWhereInput[] =>
  list.map(([urgent, replied]) => ({ urgent, replied }));

// Within the cursor's group the condition is a range on the index (createdAt from the
// cursor's, less the rows up to it), which the database seeks to directly, however deep the
// page; an OR of (createdAt >, createdAt = and id >) made it read the index from the start
// instead (tests/bench: 90 ms at a million rows). The other groups are equalities on the
// index's leading columns, each a seek of its own.
const rowsAfter = (c: Cursor): Prisma.RequestWhereInput => {
  const rest = {
    urgent: c.urgent,
    replied: c.replied,
    createdAt: { gte: c.createdAt },
    NOT: { createdAt: c.createdAt, id: { lte: c.id } },
  };
  const later = GROUPS.slice(groupOf(c) + 1);
  return later.length ? { OR: [rest, ...groups([...later])] } : rest;
};

const rowsBefore = (c: Cursor): Prisma.RequestWhereInput => {
  const rest = {
    urgent: c.urgent,
    replied: c.replied,
    createdAt: { lte: c.createdAt },
    NOT: { createdAt: c.createdAt, id: { gte: c.id } },
  };
  const earlier = GROUPS.slice(0, groupOf(c));
  return earlier.length ? { OR: [rest, ...groups([...earlier])] } : rest;
};

/**
 * The filter as a query. The queue without a status shows the open requests (closedAt is
 * set exactly when a request reaches a closed status). Search finds a reference (however
 * typed) or a passport number exactly, the latter through its blind index (the number is
 * never stored in clear); any other text matches a name or e-mail (contains).
 * An identifier is looked up alone, by its index: it cannot be part of a name.
 */
export function queueWhere(staff: VerifiedStaff, filter: QueueFilter): Prisma.RequestWhereInput {
  const search = filter.search?.trim();
  return {
    ...(filter.status ? { status: filter.status } : search ? {} : { closedAt: null }),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.urgent ? { urgent: true } : {}),
    ...(filter.replied ? { replied: true } : {}),
    ...(filter.assignee
      ? { assigneeId: filter.assignee === "none" ? null : filter.assignee === "me" ? staff.id : filter.assignee }
      : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
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
  const counts = Object.fromEntries(
    STATUSES.filter((status) => !CLOSED.has(status)).map((status) => [status, 0]),
  ) as Partial<Record<Status, number>>;
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/** A row's place in the queue's order (cursor.ts); also the queue benchmark's (tools/bench/queue.ts). */
export const cursorOf = (r: Cursor) => encodeCursor([r.urgent, r.replied, r.createdAt.getTime(), r.id]);

function queueCursor(cursor: string): Cursor | null {
  const [urgent, replied, time, id] = (cursor && decodeCursor(cursor)) || [];
  return typeof urgent === "boolean" &&
    typeof replied === "boolean" &&
    typeof time === "number" &&
    Number.isFinite(time) &&
    typeof id === "string"
    ? { urgent, replied, createdAt: new Date(time), id }
    : null;
}
