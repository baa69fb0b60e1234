/**
 * The addresses of the tracking pages. They carry the reference and the outcome of the
 * last action, never an access code: addresses end up in histories, logs and Referer headers.
 */
import { getPathname } from "@/i18n/pathname";

export type TrackTarget = {
  /** The request's own page (opened by the tracking session), or the look-up form. */
  request?: string;
  /** The withdrawal confirmation page of `request`. */
  withdraw?: boolean;
  /** The "send me a new access code" page. */
  newCode?: boolean;
  /** To fill in the look-up form. */
  reference?: string;
  outcome?: string;
};

export function trackPath(locale: string, { request, withdraw, newCode, reference, outcome }: TrackTarget): string {
  const path = getPathname({
    locale,
    href: request
      ? `/track/${encodeURIComponent(request)}${withdraw ? "/withdraw" : ""}`
      : `/track${newCode ? "/new-code" : ""}`,
  });
  const query = new URLSearchParams();
  if (!request && reference) query.set("reference", reference);
  if (outcome) query.set("outcome", outcome);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
