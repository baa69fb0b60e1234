// The staff workspace: its own document, never cached or prerendered (every page reads the
// session), in English. Access is checked by each page and action, not here: the layout
// only decides which links to show.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentStaff } from "@/lib/staff/current-staff";
import { DemoBanner } from "@/ui/demo-banner";
import { logOut } from "./actions";
import "../globals.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { template: "%s – Consular Helper staff", default: "Consular Helper staff" }, robots: { index: false } };

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  const links = !staff
    ? []
    : staff.mustSetUpTwoFactor
      ? [["/staff/account", "Your account"]]
      : [
          ["/staff/requests", "Requests"],
          ...(staff.role === "admin"
            ? [
                ["/staff/admin/staff", "Staff"],
                ["/staff/admin/settings", "Settings"],
                ["/staff/admin/audit", "Audit log"],
                ["/staff/admin/retention", "Retention"],
              ]
            : []),
          ["/staff/account", "Your account"],
        ];
  return (
    <html lang="en" dir="ltr">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <DemoBanner label="Demo" text="This is a demonstration install: the demo staff accounts have published passwords and the requests are samples. Never use it for real requests." />
        <header className="site-header">
          <div className="container">
            <a className="site-header__brand" href="/staff/requests">
              <span className="site-header__embassy">Embassy of the Republic of Belarus in the Islamic Republic of Pakistan</span>
              <span className="site-header__service">Consular Helper: staff</span>
            </a>
            {staff && (
              <nav className="site-nav no-print" aria-label="Staff">
                <ul>
                  {links.map(([href, label]) => (
                    <li key={href}>
                      <a href={href}>{label}</a>
                    </li>
                  ))}
                  <li>
                    <form action={logOut}>
                      <button type="submit" className="link-button">
                        Sign out {staff.name}
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
