/**
 * Where changing or cancelling an appointment happens: its own page, or the tracking page
 * (the same look-up form as requests'). The forms post which one they are on, so the actions
 * send the browser back there; only these two addresses are possible, never one from the form.
 */
import { getPathname } from "@/i18n/pathname";

export type ManagePlace = "manage" | "track";

export const managePlace = (value: string): ManagePlace => (value === "track" ? "track" : "manage");

/** The page, with the outcome of the last action (`error=` or `done=`); never an access code. */
export function managePath(locale: string, place: ManagePlace, outcome?: { error?: string; done?: string }): string {
  const path = getPathname({ locale, href: place === "track" ? "/track/appointment" : "/appointments/manage" });
  if (outcome?.error) return `${path}?error=${encodeURIComponent(outcome.error)}`;
  if (outcome?.done) return `${path}?done=${encodeURIComponent(outcome.done)}`;
  return path;
}
