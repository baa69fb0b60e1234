/**
 * How the routing (routing.ts) puts the language in an address, alone: no Next.js import, so the data layer and
 * the background jobs (plain Node processes) build links the same way the pages do. Pages use navigation.ts.
 */
import { routing } from "./routing";

// What getPathname below implements; a change in routing.ts must change it too.
if (routing.localePrefix !== "always")
  throw new Error('app/i18n/pathname.ts builds addresses for localePrefix: "always" only');

/** A path within the site, without its language, with any query: "/", "/check/result?nationality=PK". */
export type Href = `/${string}`;

export function getPathname({ locale, href }: { locale: string; href: Href }): string {
  // The language's home page is "/en", never "/en/" (nor "/en/?x" for "/?x").
  return `/${locale}${/^\/(\?|$)/.test(href) ? href.slice(1) : href}`;
}
