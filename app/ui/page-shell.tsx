import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { directionOf, type Locale } from "@/i18n/locales";
import { DemoBanner } from "./demo-banner";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import "../globals.css";

/** The document every page shares: language and direction, skip link, header, main, footer. */
export async function PageShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations("Shell");
  const { Error: errorMessages } = (await getMessages()) as { Error: AbstractIntlMessages };
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <DemoBanner label={t("demo.label")} text={t("demo.text")} />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="container">
          {/* Only the error page's words travel to the browser: everything else is rendered on the server. */}
          <NextIntlClientProvider messages={{ Error: errorMessages }}>{children}</NextIntlClientProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
