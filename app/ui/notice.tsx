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

/** Picks the message for `?done=…` or `?error=…` from a page's own list: only its own keys, never inherited ones such as "constructor". */
export function noticeFrom(query: Record<string, string | string[] | undefined>, messages: Record<string, string>) {
  const pick = (code: string | string[] | undefined) =>
    typeof code === "string" && Object.hasOwn(messages, code) ? messages[code] : undefined;
  const error = pick(query.error);
  const done = pick(query.done);
  return error ? ({ kind: "error", text: error } as const) : ({ kind: "done", text: done } as const);
}
