/**
 * A row's place in a list paged by keyset (the queue, the audit log), as the opaque
 * `after`/`before` value of a page link: the values the list is ordered by, as a JSON array in
 * base64url. Each list checks the values' types itself: an address may have been edited.
 */
export const encodeCursor = (values: readonly (string | number | boolean)[]) =>
  Buffer.from(JSON.stringify(values)).toString("base64url");

/** The values of a cursor, or null when it is not one. */
export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(values) ? values : null;
  } catch {
    return null;
  }
}
