import "server-only";
/**
 * What a staff member typed into a form the server refused, kept for the page the action
 * redirects back to (post/redirect/get, so it works without JavaScript): an encrypted,
 * HttpOnly cookie that lives two minutes, names the form it belongs to and is read only
 * when the page is shown with `?error=invalid`. Passwords are never kept. A value is cut
 * to what fits a cookie; the refusal says why it was refused (usually: too long).
 */
import { cookies } from "next/headers";
import { cookieName, cookieOptions } from "../cookie-security";
import { decryptText, encryptText } from "../crypto/protect";

const COOKIE = cookieName("ch_staff_form");
const LIFETIME_S = 120;
const MAX_CHARS = 1500; // Cyrillic is two bytes in UTF-8; sealed and base64'd it stays under the 4 KB cookie limit

export type Typed = { values: Record<string, string>; errors: string[] };

/** Remembers what was typed into `form` (e.g. "request:<id>") and which fields were refused. */
export async function keepTyped(form: string, values: Record<string, string>, errors: string[]): Promise<void> {
  let budget = MAX_CHARS;
  const kept = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const part = value.slice(0, Math.max(0, budget));
      budget -= part.length;
      return [name, part];
    }),
  );
  const sealed = encryptText(JSON.stringify({ form, values: kept, errors, until: Date.now() + LIFETIME_S * 1000 }));
  (await cookies()).set(COOKIE, sealed, cookieOptions(LIFETIME_S));
}

/** What was typed into `form`, if the page shows its refusal (`?error=invalid`); else null. */
export async function typedValues(
  form: string,
  query: Record<string, string | string[] | undefined>,
): Promise<Typed | null> {
  return query.error === "invalid" ? keptValues(form) : null;
}

/** What was typed into `form` and kept in the last two minutes, for a page that shows a refusal of its own kind. */
export async function keptValues(form: string): Promise<Typed | null> {
  const sealed = (await cookies()).get(COOKIE)?.value;
  if (!sealed) return null;
  try {
    const kept = JSON.parse(decryptText(sealed)) as {
      form: string;
      values: Record<string, string>;
      errors: string[];
      until: number;
    };
    return kept.form === form && kept.until > Date.now() ? { values: kept.values, errors: kept.errors } : null;
  } catch {
    return null; // sealed with a key since rotated, or tampered with
  }
}
