/** A text field of a submitted form; a missing field or an uploaded file reads as "". */
export function readField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}

/** A field holding a version or count: a whole number from 0 up, or null for anything else ("abc", "1e99", "-1"). */
export function readWholeNumber(data: FormData, name: string): number | null {
  const value = readField(data, name);
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
