import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { accessFromSession } from "@/lib/requests/tracking-access";
import { trackedRequest, type TrackedRequest } from "@/lib/requests/track-request";
import { trackPath } from "@/lib/requests/track-paths";
import { unlessDatabaseDown } from "@/ui/database-unavailable";

/** Pages of one request are the applicant's own: titled, never indexed. */
export async function requestPageMetadata(locale: string, key: "title" | "withdrawTitle"): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Requests.track" });
  return { title: t(key), robots: { index: false } };
}

/**
 * The request this browser's tracking session opens; without a session for it, back to the
 * look-up form (with the reference filled in). Null while the database cannot be reached.
 */
export async function sessionRequest(locale: string, reference: string): Promise<TrackedRequest | null> {
  // undefined: no session for this request in this browser (null is kept for "database down").
  const request = await unlessDatabaseDown(
    accessFromSession(reference).then((access) => (access ? trackedRequest(access) : undefined)),
  );
  if (request === undefined)
    redirect(trackPath(locale, { reference: decodeURIComponent(reference).slice(0, 40), outcome: "signIn" }));
  return request;
}
