/** The Atom feed of /{locale}/changes: the same entries, read at each request. */
import { createTranslator } from "use-intl/core";
import { isLocale } from "@/i18n/locales";
import { atomFeed, changeEntries } from "@/lib/changes/feed";
import { publishedChanges } from "@/lib/changes/published";
import { emailMessages } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/changes/feed.xml">,
): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const { messages } = emailMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Changes" });
  const body = atomFeed({
    origin: publicOrigin(),
    locale,
    title: t("feedTitle"),
    fallback: t("seePage"),
    entries: changeEntries(await publishedChanges(), locale),
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
