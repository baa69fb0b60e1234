import "server-only";
import { contentBlock, topicOf, topicTitle } from "@/lib/changes/content-blocks";
import type { Kind } from "@/lib/changes/payloads";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";

/** What staff read for a proposal's target and status, in the staff language. */
export async function changeWords() {
  const [t, locale] = [await staffTranslations("Changes"), await staffLocale()];
  return {
    t,
    target: (kind: Kind, targetId: string) => {
      const title = topicTitle(topicOf(kind, targetId), locale);
      if (kind === "rule") return t("ruleTarget", { title });
      return t("blockTarget", { title, passage: t(`passages.${contentBlock(targetId)!.path.at(-1)}` as never) });
    },
    status: (status: string) => t(`statuses.${status}` as never),
  };
}
