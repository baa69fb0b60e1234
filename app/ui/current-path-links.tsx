"use client";
// The two places that must know the current URL: the main navigation marks the current
// section, and the language switcher links to this same page (query included) in each
// language. Both render on the server too, so they work with JavaScript off.
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALES, LOCALE_NAMES, directionOf, type Locale } from "@/i18n/locales";
import { getPathname, type Href } from "@/i18n/pathname";

/**
 * The checker's question and result pages: their answers are the query, and they render per
 * request (the result page forces it: Next never tries to prerender it, where reading the query
 * outside a Suspense boundary would fail the build).
 */
const CHECKER_PAGE = /^\/[^/]+\/check\/./;

/** A section: its path without the language ("/visas", to tell the current one) and its address (getPathname, on the server). */
export type NavItem = { section: string; href: string; label: string };

/** "/ur/check/purpose" → "/check/purpose" */
function withoutLocale(pathname: string): string {
  const rest = pathname.replace(/^\/[^/]+/, "");
  return rest === "" ? "/" : rest;
}

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const current = withoutLocale(usePathname());
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const active = current === item.section || current.startsWith(`${item.section}/`);
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={active ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

// The same page in each language: this page's path under another language prefix (pathname.ts:
// no Next.js import, so nothing more reaches the browser).
function SwitcherList({ current, query }: { current: Locale; query: string }) {
  const path = withoutLocale(usePathname()) as Href;
  return (
    <ul>
      {LOCALES.map((locale) => (
        <li key={locale}>
          <a
            href={getPathname({ locale, href: `${path}${query}` })}
            lang={locale}
            dir={directionOf(locale)}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
          >
            {LOCALE_NAMES[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}

function SwitcherWithQuery({ current }: { current: Locale }) {
  const query = useSearchParams().toString();
  return <SwitcherList current={current} query={query ? `?${query}` : ""} />;
}

export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  // On a checker page the links carry the answers in the HTML itself. Inside a Suspense boundary
  // they would not: on a page over about 12 kB (the nationality question's country list) React
  // streams the boundary's fallback in place and the links with the query after it, hidden, for a
  // script to swap in, so without JavaScript they dropped the answers (issue 13 #14).
  // A prerendered page has no query; reading it there needs the boundary (Next bails out to the
  // client), and its fallback is the same list without one.
  return (
    <nav className="language-switcher" aria-label={label}>
      {CHECKER_PAGE.test(usePathname()) ? (
        <SwitcherWithQuery current={current} />
      ) : (
        <Suspense fallback={<SwitcherList current={current} query="" />}>
          <SwitcherWithQuery current={current} />
        </Suspense>
      )}
    </nav>
  );
}
