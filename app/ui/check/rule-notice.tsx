import type { noticeOf } from "@/lib/visa/present";

/** The Embassy's dated notice on a rule ("From 1 March the Embassy also accepts…"), in its own language. */
export function RuleNotice({ notice }: { notice: ReturnType<typeof noticeOf> }) {
  if (!notice) return null;
  return (
    <div className="inset" role="note" lang={notice.lang} dir="auto">
      <p>{notice.text}</p>
    </div>
  );
}
