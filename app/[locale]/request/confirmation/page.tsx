import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { PrintButton } from "@/ui/print-button";
import { publicOrigin } from "@/lib/public-origin";
import { submittedFromThisBrowser } from "@/lib/requests/draft-cookie";
import { trackingUrl } from "@/lib/requests/submit-request";

export const generateMetadata = metadataFrom({ title: "Requests.confirmation.title" }, { robots: { index: false } });

/**
 * The reference and access code, large and easy to copy (a tap selects the whole value), a
 * page that prints cleanly, and a WhatsApp message with the reference and the tracking link:
 * never the access code, which stays on this page and in the applicant's hands.
 */
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
  const link = trackingUrl(publicOrigin(), locale, submitted.reference);
  const whatsApp = `https://wa.me/?text=${encodeURIComponent(t("whatsAppText", { reference: submitted.reference, link }))}`;
  return (
    <>
      <div className="panel">
        <h1>{t("title")}</h1>
        <p>{t("referenceLabel")}</p>
        <p>
          <strong className="reference copyable">{submitted.reference}</strong>
        </p>
      </div>
      <dl className="summary-list">
        <div>
          <dt>{t("codeLabel")}</dt>
          <dd>
            <strong className="reference copyable">{submitted.accessCode}</strong>
          </dd>
        </div>
      </dl>
      <p className="muted no-print">{t("copyHint")}</p>
      <p>{t("keep")}</p>
      <p>{t("trackLink")}</p>
      <p className="share-url ltr">
        <a href={link}>{link}</a>
      </p>
      <section aria-labelledby="keep-a-copy" className="no-print">
        <h2 id="keep-a-copy">{t("printTitle")}</h2>
        <p>{t("printHint")}</p>
        <PrintButton label={t("printButton")} />
        <p>
          <a href={whatsApp} rel="noopener noreferrer">
            {t("whatsApp")}
          </a>
        </p>
        <p className="muted">{t("whatsAppHint")}</p>
      </section>
      <p>{t("emailSent")}</p>
      <h2>{t("nextTitle")}</h2>
      <p>{t("next")}</p>
    </>
  );
}
