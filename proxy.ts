// Runs before every page (not the API, Next's files or static files):
// - sends a visitor without a language in the URL to their language (Accept-Language, then
//   English). Not an access check: staff pages check the session themselves, next to the data;
// - gives pages rendered per request (app/lib/content-security-policy.ts) a nonce
//   Content-Security-Policy; prerendered pages keep next.config.js's static one;
// - moves next-intl's alternate-language Link header onto PUBLIC_ORIGIN: next-intl builds it
//   from the request's Host, and a forged Host must never reach a page nginx may cache.
//   (Its redirect from "/" keeps the request's own host: Next needs an absolute Location
//   there, and it only sends the client that forged the Host back to it; nginx refuses
//   unknown hosts before they get here, DEPLOYMENT.md.);
// - clears the cookie of a request just sent on any page but the confirmation page, which
//   shows what was sent once: at a shared computer, the next person finds nothing of the
//   previous applicant's. (Cleared on the confirmation page itself, the page would not see
//   it: a cookie the proxy changes is what the page reads.);
// - has Urdu pages preload their font where the device lacks it (app/ui/urdu-font.ts),
//   prerendered or not (app/cli/serve.ts says the answer varies with the platform hint).
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./app/i18n/routing";
import { newNonce, noncePolicy, rendersPerRequest } from "./app/lib/content-security-policy";
import { rebaseLinkHeader } from "./app/lib/public-origin";
import { SENT_COOKIE } from "./app/lib/requests/draft-cookie-name";
import { URDU_FONT_PRELOAD, isUrduPage, preloadsUrduFont } from "./app/ui/urdu-font";

const intl = createMiddleware(routing);
const MAX_LINK_HEADER = 2048;
const CONFIRMATION = /^\/[^/]+\/request\/confirmation\/?$/;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const policy = rendersPerRequest(pathname) ? noncePolicy(newNonce()) : null;
  let forwarded = request;
  if (policy) {
    // Next reads the nonce from the request's own policy and puts it on every script it renders.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    forwarded = new NextRequest(request.url, { headers, method: request.method });
  }
  // The staff workspace has no language in its URL (staff-i18n.ts): no language routing.
  const response =
    pathname === "/staff" || pathname.startsWith("/staff/")
      ? NextResponse.next({ request: { headers: forwarded.headers } })
      : intl(forwarded);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  const link = response.headers.get("link");
  // An address thousands of characters long would repeat five times in the header, beyond
  // what nginx and HTTP clients accept (a 502 for the visitor): such a page has no alternates worth naming.
  if (link && link.length > MAX_LINK_HEADER) response.headers.delete("link");
  else if (link) response.headers.set("link", rebaseLinkHeader(link));
  if (isUrduPage(pathname) && preloadsUrduFont(request.headers.get("sec-ch-ua-platform")))
    response.headers.append("link", URDU_FONT_PRELOAD);
  if (request.cookies.has(SENT_COOKIE) && !CONFIRMATION.test(pathname)) response.cookies.delete(SENT_COOKIE);
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
