/** Arabic-Indic (U+0660…) and Urdu/Persian (U+06F0…) digits, as typed on phones in Pakistan, read as 0–9. */
export function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}
