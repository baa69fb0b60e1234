import "server-only";
/**
 * The browser's side of a draft: one HttpOnly cookie holding a random token. Read by the
 * form pages here; written only by the form's actions.
 */
import { cookies } from "next/headers";
import { deleteDraft, loadDraft, type Draft } from "./drafts";
import type { RequestType } from "./types";

import { DRAFT_COOKIE, SENT_COOKIE } from "./draft-cookie-name";

export { DRAFT_COOKIE, SENT_COOKIE };

export async function draftFromCookie(): Promise<Draft | null> {
  return loadDraft((await cookies()).get(DRAFT_COOKIE)?.value);
}

/** This browser's unfinished draft of this kind of request, if any. */
export async function currentDraft(type: RequestType): Promise<Draft | null> {
  const draft = await draftFromCookie();
  return draft && draft.type === type && !draft.data.submitted ? draft : null;
}

/**
 * What was just sent from this browser, for the confirmation page, once: the draft is deleted
 * as it is read (and proxy.ts clears its cookie on the next page), so the next person at a
 * shared computer finds nothing of the previous applicant's.
 */
export async function submittedFromThisBrowser() {
  const draft = await loadDraft((await cookies()).get(SENT_COOKIE)?.value);
  if (!draft?.data.submitted) return null;
  await deleteDraft(draft.id);
  return { type: draft.type, ...draft.data.submitted };
}
