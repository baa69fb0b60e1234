import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { LanguageSwitcher, NavLinks } from "./current-path-links";
import { getPathname } from "@/i18n/navigation";

export const NAV_SECTIONS = ["visas", "check", "services", "request", "track", "contacts"] as const;

/**
 * The Embassy's name, the languages and the sections. On a phone the sections fold into a
 * "Menu" (<details>: it opens without JavaScript), so a question page starts with its question;
 * from 40rem they are a row of links. Only one of the two is ever displayed.
 */
export async function SiteHeader() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Shell");
  const items = NAV_SECTIONS.map((section) => ({
    section: `/${section}`,
    href: getPathname({ locale, href: `/${section}` }),
    label: t(`nav.${section}`),
  }));
  return (
    <header className="site-header">
      <div className="container">
        <div className="site-header__top">
          <a className="site-header__brand" href={getPathname({ locale, href: "/" })}>
            <span className="site-header__embassy">{t("embassyName")}</span>
            <span className="site-header__service">{t("serviceName")}</span>
          </a>
          <div className="site-header__tools">
            <LanguageSwitcher current={locale} label={t("languageLabel")} />
            <details className="site-menu">
              <summary>{t("menu")}</summary>
              <NavLinks items={items} label={t("navLabel")} />
            </details>
          </div>
        </div>
        <div className="site-nav-wide">
          <NavLinks items={items} label={t("navLabel")} />
        </div>
      </div>
    </header>
  );
}
