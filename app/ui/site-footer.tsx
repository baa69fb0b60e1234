import { getLocale, getTranslations } from "next-intl/server";
import { readSettings } from "@/lib/settings/read-settings";
import { OFFICIAL_WEBSITE } from "./contact-details";

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Shell");
  // The footer never takes a page down: while the database is unreachable it leaves out the
  // contact lines (the official website stays), and the page says what went wrong.
  const settings = await readSettings().catch(() => null);
  const lines = (["embassy.address", "embassy.phone", "embassy.email"] as const)
    .map((key) => settings?.[key].value ?? "")
    .filter((value) => value !== "");
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <h2>{t("embassyName")}</h2>
          <p>{t("footer.about")}</p>
          <ul>
            <li>
              <a href={`/${locale}/contacts`}>{t("nav.contacts")}</a>
            </li>
            <li>
              <a href={`/${locale}/accessibility`}>{t("footer.accessibility")}</a>
            </li>
            <li>
              <a href={`/${locale}/privacy`}>{t("footer.privacy")}</a>
            </li>
          </ul>
        </div>
        <div>
          <h2>{t("footer.contactUs")}</h2>
          {lines.map((line) => (
            <p key={line} className="ltr">
              {line}
            </p>
          ))}
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
