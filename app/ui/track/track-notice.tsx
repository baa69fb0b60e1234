import { getTranslations } from "next-intl/server";
import en from "@/i18n/messages/en.json";
import { Notice } from "../notice";

const DONE = new Set(["replied", "withdrawn", "finished", "codeSent"]);
const PROBLEMS = new Set(["conflict", "tooMany", "notAllowed", "notFound", "signIn"]);

/** The outcome of the last tracking action (?outcome=…), as a status message or an alert. */
export async function TrackNotice({ outcome }: { outcome: string }) {
  const t = await getTranslations("Requests.track");
  if (DONE.has(outcome)) return <Notice kind="done" text={t(outcome as "replied")} />;
  if (PROBLEMS.has(outcome))
    return <Notice kind="error" text={t(outcome === "notAllowed" ? "conflict" : (outcome as "conflict"))} />;
  return null;
}

// The field errors a form may be sent back with: a message of Requests.errors (every catalogue
// has the same keys, a test checks), or the lost-code form's own. Anything else in the address
// is ignored, so a crafted link cannot make a page look up a message that does not exist.
const FIELD_ERRORS: ReadonlySet<string> = new Set([...Object.keys(en.Requests.errors), "newCodeInvalid"]);

/** "error:fileType" → "fileType": a field error the form shows beside its field; null for any other outcome. */
export function fieldError(outcome: string): string | null {
  const error = outcome.startsWith("error:") ? outcome.slice("error:".length) : null;
  return error !== null && FIELD_ERRORS.has(error) ? error : null;
}
