import "server-only";
/** Colleagues' names for the ids the history, settings and audit log record (disabled accounts too). */
import { db } from "../db/client";

export async function staffNames(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const people = await db.staffUser.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
}
