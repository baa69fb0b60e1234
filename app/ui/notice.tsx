/**
 * The outcome of the last action, shown at the top of the page after the redirect:
 * a status message when it worked, an alert when it did not.
 */
export function Notice({ kind, text }: { kind: "done" | "error"; text: string | undefined }) {
  if (!text) return null;
  return (
    <div className={kind === "error" ? "warning" : "inset"} role={kind === "error" ? "alert" : "status"}>
      <p>{text}</p>
    </div>
  );
}

/** Picks the message for `?done=…` or `?error=…` from a page's own list. */
export function noticeFrom(query: Record<string, string | string[] | undefined>, messages: Record<string, string>) {
  const error = typeof query.error === "string" ? messages[query.error] : undefined;
  const done = typeof query.done === "string" ? messages[query.done] : undefined;
  return error ? ({ kind: "error", text: error } as const) : ({ kind: "done", text: done } as const);
}
