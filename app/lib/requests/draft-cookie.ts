import "server-only";
/**
 * The browser's side of a draft: one HttpOnly cookie holding a random token. Read by the
 * form pages here; written only by the form's actions.
 */
import { cookies } from "next/headers";
import { cookieName } from "../cookie-security";
import { sign } from "../crypto/protect";
import { loadDraft, type Draft } from "./drafts";
import type { RequestType } from "./types";

export const DRAFT_COOKIE = cookieName("ch_draft");
/** Hidden field a person never sees or fills; bots fill every field. */
export const HONEYPOT = "organisation";
/** Signed time the check page was shown: a request sent sooner than MIN_FILL_MS after it is a bot's. */
export const SHOWN_AT = "shown";
export const MIN_FILL_MS = 2000;

export async function draftFromCookie(): Promise<Draft | null> {
  return loadDraft((await cookies()).get(DRAFT_COOKIE)?.value);
}

/** This browser's unfinished draft of this kind of request, if any. */
export async function currentDraft(type: RequestType): Promise<Draft | null> {
  const draft = await draftFromCookie();
  return draft && draft.type === type && !draft.data.submitted ? draft : null;
}

/** What was just sent from this browser, for the confirmation page. */
export async function submittedFromThisBrowser() {
  const draft = await draftFromCookie();
  return draft?.data.submitted ? { type: draft.type, ...draft.data.submitted } : null;
}

export function shownAtToken(): string {
  return sign(String(Date.now()));
}
