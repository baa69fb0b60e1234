/**
 * Addresses in a language: `getPathname({ locale, href: "/check" })` → "/en/check", `redirect`
 * to one, and `Link`, an <a> to one. Built by next-intl from the routing configuration
 * (routing.ts), so no page spells out the language prefix itself.
 *
 * next-intl's own Link is not used: it is a client component around next/link, which adds
 * about 9 kB of JavaScript to every page that shows one (measured on /en/check, Next 16.4,
 * next-intl 4.15) and turns its links into client-side navigations with prefetching. The
 * service needs none of that (docs/adr/0003-no-javascript-needed.md): this Link renders the
 * same plain <a href> on the server, and nothing in the browser.
 */
import { createNavigation } from "next-intl/navigation";
import { createElement, type AnchorHTMLAttributes } from "react";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const getPathname = navigation.getPathname;
// Declared with its type so that, like Next's redirect, a call ends the code path for the compiler too.
export const redirect: (args: Parameters<typeof getPathname>[0]) => never = navigation.redirect;

/** A path within the site without its language ("/check/result"), or one with its query as an object. */
export type Href = Parameters<typeof getPathname>[0]["href"];

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href; locale: string };

export function Link({ href, locale, ...rest }: LinkProps) {
  return createElement("a", { href: getPathname({ href, locale }), ...rest });
}
