// The staff workspace: its own document, never cached or prerendered (every page reads the
// session), in English. Access is checked by each page and action, not here.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { template: "%s – Consular Helper staff", default: "Consular Helper staff" }, robots: { index: false } };

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container">
            <a className="site-header__brand" href="/staff/requests">
              <span className="site-header__embassy">Embassy of the Republic of Belarus in the Islamic Republic of Pakistan</span>
              <span className="site-header__service">Consular Helper: staff</span>
            </a>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
      </body>
    </html>
  );
}
