/** What a published version says, in one language, for /changes, its feed and the alert e-mails. Pure. */
import type { Locale } from "../../i18n/locales";
import { plainText } from "./markdown";
import type { ContentPayload, Kind } from "./payloads";
import { ruleNoticeText } from "./rule-kind";

export function whatChanged(kind: Kind, payload: unknown, locale: Locale): string | null {
  return kind === "content" ? plainText((payload as ContentPayload).text[locale]) : ruleNoticeText(payload, locale);
}
