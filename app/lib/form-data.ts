/** A text field of a submitted form; a missing field or an uploaded file reads as "". */
export function readField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}
