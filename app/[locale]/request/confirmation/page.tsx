import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/ui/page-title";
import { publicOrigin } from "@/lib/public-origin";
import { submittedFromThisBrowser } from "@/lib/requests/draft-cookie";
import { trackingUrl } from "@/lib/requests/submit-request";

export const generateMetadata = titleFrom("Requests.confirmation", "title", { robots: { index: false } });

export default async function ConfirmationPage({ params }: PageProps<"/[locale]/request/confirmation">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.confirmation");
  const submitted = await submittedFromThisBrowser();
  if (!submitted) {
    // Nothing sent from this browser (or a bot's submission): a plain acknowledgement, nothing else.
    return (
      <div className="panel">
        <h1>{t("title")}</h1>
        <p>{t("bot")}</p>
      </div>
    );
  }
  const link = trackingUrl(await publicOrigin(), locale, submitted.reference);
  return (
    <>
      <div className="panel">
        <h1>{t("title")}</h1>
        <p>{t("referenceLabel")}</p>
        <p>
          <strong className="reference">{submitted.reference}</strong>
        </p>
      </div>
      <dl className="summary-list">
        <div>
          <dt>{t("codeLabel")}</dt>
          <dd>
            <strong className="reference">{submitted.accessCode}</strong>
          </dd>
        </div>
      </dl>
      <p>{t("keep")}</p>
      <p>{t("trackLink")}</p>
      <p className="share-url ltr">
        <a href={link}>{link}</a>
      </p>
      <p>{t("emailSent")}</p>
      <h2>{t("nextTitle")}</h2>
      <p>{t("next")}</p>
    </>
  );
}
