import { getLocale, getTranslations } from "next-intl/server";
import { readSettings } from "@/lib/settings/read-settings";
import { OFFICIAL_WEBSITE } from "./contact-details";
import { Link } from "@/i18n/navigation";

/**
 * Says whose service this is, and how to reach the Embassy: the address and telephone as the
 * Embassy entered them in the settings, or that it has not published them here yet.
 */
export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Shell");
  const contacts = await getTranslations("Contacts");
  // The footer never takes a page down: while the database is unreachable it leaves out the
  // contact lines (the official website stays), and the page says what went wrong.
  const settings = await readSettings().catch(() => null);
  const [address, phone, email] = (["embassy.address", "embassy.phone", "embassy.email"] as const).map(
    (key) => settings?.[key].value ?? "",
  );
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <h2>{t("footer.official")}</h2>
          <p>{t("footer.about")}</p>
          <ul>
            <li>
              <Link locale={locale} href="/contacts">
                {t("nav.contacts")}
              </Link>
            </li>
            <li>
              <Link locale={locale} href="/accessibility">
                {t("footer.accessibility")}
              </Link>
            </li>
            <li>
              <Link locale={locale} href="/privacy">
                {t("footer.privacy")}
              </Link>
            </li>
            <li>
              <Link locale={locale} href="/to-be-confirmed">
                {t("footer.toBeConfirmed")}
              </Link>
            </li>
            <li>
              <Link locale={locale} href="/changes">
                {t("footer.changes")}
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <h2>{t("footer.contactUs")}</h2>
          {settings && !address && !phone && <p>{contacts("notPublished")}</p>}
          {(address || phone || email) && (
            <address className="site-footer__address">
              {address && <p className="pre-line">{address}</p>}
              {phone && (
                <p>
                  {contacts("phone")}:{" "}
                  <a className="ltr" href={`tel:${phone.replace(/[^\d+]/g, "")}`}>
                    {phone}
                  </a>
                </p>
              )}
              {email && (
                <p>
                  <a className="ltr" href={`mailto:${email}`}>
                    {email}
                  </a>
                </p>
              )}
            </address>
          )}
          <p>
            {t("footer.officialSite")}{" "}
            <a className="ltr" href={OFFICIAL_WEBSITE}>
              pakistan.mfa.gov.by
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
