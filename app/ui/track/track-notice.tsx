import { getTranslations } from "next-intl/server";
import { Notice } from "../notice";

const DONE = new Set(["replied", "withdrawn", "finished", "codeSent"]);
const PROBLEMS = new Set(["conflict", "tooMany", "notAllowed", "notFound", "signIn"]);

/** The outcome of the last tracking action (?outcome=…), as a status message or an alert. */
export async function TrackNotice({ outcome }: { outcome: string }) {
  const t = await getTranslations("Requests.track");
  if (DONE.has(outcome)) return <Notice kind="done" text={t(outcome as "replied")} />;
  if (PROBLEMS.has(outcome)) return <Notice kind="error" text={t(outcome === "notAllowed" ? "conflict" : (outcome as "conflict"))} />;
  return null;
}

/** "error:fileType" → "fileType": a field error the form shows beside its field. */
export function fieldError(outcome: string): string | null {
  return outcome.startsWith("error:") ? outcome.slice("error:".length) : null;
}
