// Change alerts' own page: "check your e-mail" after signing up, then the confirm and
// unsubscribe links of the e-mails, each a button that posts (a link opened by a mail
// scanner changes nothing), then what happened. Rendered per request: it reads the query.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { alertTopicForToken } from "@/lib/changes/alerts";
import { topicTitle } from "@/lib/changes/content-blocks";
import { Notice } from "@/ui/notice";
import { confirmChangeAlert, unsubscribeChangeAlert } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/changes/alerts">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Changes.alerts" });
  return { title: t("title"), robots: { index: false } };
}

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AlertsPage({ params, searchParams }: PageProps<"/[locale]/changes/alerts">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Changes.alerts");
  const query = await searchParams;
  const confirm = text(query.confirm);
  const leave = text(query.unsubscribe);
  const token = confirm || leave;
  const topic = token ? await alertTopicForToken(token) : null;
  const error =
    query.error === "limit"
      ? t("limit")
      : query.error === "email"
        ? t("invalidEmail")
        : query.error === "link" || (token && !topic)
          ? t("invalidLink")
          : undefined;

  if (topic) {
    const title = topicTitle(topic, locale as Locale);
    return (
      <>
        <h1>{confirm ? t("confirmTitle") : t("unsubscribeTitle")}</h1>
        <p>{confirm ? t("confirmLead", { title }) : t("unsubscribeLead", { title })}</p>
        <form action={confirm ? confirmChangeAlert : unsubscribeChangeAlert}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button">
            {confirm ? t("confirm") : t("unsubscribe")}
          </button>
        </form>
      </>
    );
  }
  const done = text(query.done);
  const heading =
    done === "sent"
      ? t("sentTitle")
      : done === "confirmed"
        ? t("confirmedTitle")
        : done === "unsubscribed"
          ? t("unsubscribedTitle")
          : t("title");
  return (
    <>
      <Notice kind="error" text={error} />
      <h1>{heading}</h1>
      {done === "sent" && <p>{t("sent")}</p>}
      {done === "confirmed" && <p>{t("confirmed")}</p>}
      {done === "unsubscribed" && <p>{t("unsubscribed")}</p>}
      <p>
        <Link locale={locale} href="/changes">
          {t("allChanges")}
        </Link>
      </p>
    </>
  );
}
