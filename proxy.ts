// Sends a visitor without a language in the URL to their language (Accept-Language,
// then English). Not an access check: staff pages check the session themselves, next to
// the data. next-intl builds its alternate-language Link header from the request's Host:
// it is moved onto PUBLIC_ORIGIN, so a forged Host never reaches a page nginx may cache.
// (Its redirect from "/" keeps the request's own host: Next needs an absolute Location
// there, and it only sends the client that forged the Host back to it; nginx refuses
// unknown hosts before they get here, DEPLOYMENT.md.)
// It also clears the cookie of a request just sent on any page but the confirmation page, which
// shows what was sent once: at a shared computer, the next person finds nothing of the
// previous applicant's. (Cleared on the confirmation page itself, the page would not see it:
// a cookie the proxy changes is what the page reads.)
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./app/i18n/routing";
import { rebaseLinkHeader } from "./app/lib/public-origin";
import { SENT_COOKIE } from "./app/lib/requests/draft-cookie-name";

const intl = createMiddleware(routing);
const CONFIRMATION = /^\/[^/]+\/request\/confirmation\/?$/;

export default function proxy(request: NextRequest) {
  const response = intl(request);
  const link = response.headers.get("link");
  if (link) response.headers.set("link", rebaseLinkHeader(link));
  if (request.cookies.has(SENT_COOKIE) && !CONFIRMATION.test(request.nextUrl.pathname)) response.cookies.delete(SENT_COOKIE);
  return response;
}

export const config = {
  // Everything except API routes, the staff workspace (English only), Next internals and files with an extension.
  matcher: ["/((?!api|staff|_next|_vercel|.*\\..*).*)"],
};
