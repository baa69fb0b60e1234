import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { LanguageSwitcher, NavLinks } from "./current-path-links";

export const NAV_SECTIONS = ["visas", "check", "services", "request", "track", "contacts"] as const;

export async function SiteHeader() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Shell");
  const items = NAV_SECTIONS.map((section) => ({ href: `/${section}`, label: t(`nav.${section}`) }));
  return (
    <header className="site-header">
      <div className="container">
        <div className="site-header__top">
          <a className="site-header__brand" href={`/${locale}`}>
            <span className="site-header__embassy">{t("embassyName")}</span>
            <span className="site-header__service">{t("serviceName")}</span>
          </a>
          <LanguageSwitcher current={locale} label={t("languageLabel")} />
        </div>
        <NavLinks locale={locale} items={items} label={t("navLabel")} />
      </div>
    </header>
  );
}
