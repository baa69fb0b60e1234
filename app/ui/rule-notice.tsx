import { getLocale } from "next-intl/server";
import { ruleNoticeOn } from "@/lib/changes/published";
import { embassyDay } from "@/lib/embassy-time";
import type { RuleId } from "@/lib/rules/ids";

/** A rule's dated notice ("From 1 March the Embassy also accepts…"), from its first day (Karachi), in the page's language. */
export async function RuleNotice({ ruleId }: { ruleId: RuleId }) {
  const text = await ruleNoticeOn(ruleId, await getLocale(), embassyDay());
  if (!text) return null;
  return (
    <div className="inset" role="note">
      <p dir="auto">{text}</p>
    </div>
  );
}
