// The staff workspace: its own document, never cached or prerendered (every page reads the
// session), in the staff member's language (ru/be/en: app/lib/staff/staff-i18n.ts). Access
// is checked by each page and action, not here: the layout only decides which links to show.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentStaff } from "@/lib/staff/current-staff";
import { canEditContent } from "@/lib/staff/sessions";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { DemoBanner } from "@/ui/demo-banner";
import { logOut } from "./actions";
import "../globals.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await staffTranslations("Layout");
  return { title: { template: t("titleTemplate"), default: t("titleDefault") }, robots: { index: false } };
}

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [staff, locale, t] = [await currentStaff(), await staffLocale(), await staffTranslations("Layout")];
  const links: [string, string][] = !staff
    ? []
    : staff.mustSetUpTwoFactor
      ? [["/staff/account", t("nav.account")]]
      : [
          ["/staff/requests", t("nav.requests")],
          ["/staff/appointments", t("nav.appointments")],
          ...(canEditContent(staff) ? ([["/staff/changes", t("nav.changes")]] as [string, string][]) : []),
          ...(staff.role === "admin"
            ? ([
                ["/staff/admin/staff", t("nav.staff")],
                ["/staff/admin/settings", t("nav.settings")],
                ["/staff/admin/before-going-public", t("nav.beforePublic")],
                ["/staff/admin/appointments", t("nav.schedule")],
                ["/staff/admin/audit", t("nav.audit")],
                ["/staff/admin/retention", t("nav.retention")],
              ] as [string, string][])
            : []),
          ["/staff/account", t("nav.account")],
        ];
  return (
    <html lang={locale} dir="ltr">
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <DemoBanner label={t("demoLabel")} text={t("demoText")} />
        <header className="site-header">
          <div className="container">
            <a className="site-header__brand" href="/staff/requests">
              <span className="site-header__embassy">{t("embassy")}</span>
              <span className="site-header__service">{t("service")}</span>
            </a>
            {staff && (
              <nav className="site-nav no-print" aria-label={t("navLabel")}>
                <ul>
                  {links.map(([href, label]) => (
                    <li key={href}>
                      <a href={href}>{label}</a>
                    </li>
                  ))}
                  <li>
                    <form action={logOut}>
                      <button type="submit" className="link-button">
                        {t("signOut", { name: staff.name })}
                      </button>
                    </form>
                  </li>
                </ul>
              </nav>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
      </body>
    </html>
  );
}
