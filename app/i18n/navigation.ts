/**
 * Addresses in a language: `getPathname({ locale, href: "/check" })` → "/en/check", `redirect`
 * to one, and `Link`, an <a> to one. The one place that knows how the routing (routing.ts) puts
 * the language in the address, so no page spells out the prefix itself.
 *
 * The same API as next-intl's createNavigation, without importing it: its module registers its
 * Link, a client component around next/link, so merely importing it put a 10 kB chunk of
 * JavaScript on every page, rendered or not (measured with Next 16.4 and next-intl 4.15: every
 * prerendered page went from 9 scripts to 10, +8.7 kB), and that Link turns links into client-side
 * navigations with prefetching. The service needs none of that (docs/adr/0003-no-javascript-needed.md):
 * this Link is the same plain <a href>, rendered on the server, and nothing in the browser.
 */
import { redirect as nextRedirect } from "next/navigation";
import { createElement, type AnchorHTMLAttributes } from "react";
import { getPathname, type Href } from "./pathname";

export { getPathname, type Href } from "./pathname";

export function redirect(args: { locale: string; href: Href }): never {
  nextRedirect(getPathname(args));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href; locale: string };

export function Link({ href, locale, ...rest }: LinkProps) {
  return createElement("a", { href: getPathname({ href, locale }), ...rest });
}
