// Sends a visitor without a language in the URL to their language (Accept-Language,
// then a cookie, then English). Not an access check: staff pages check the session
// themselves, next to the data.
// It also clears the cookie of a request just sent on any page but the confirmation page, which
// shows what was sent once: at a shared computer, the next person finds nothing of the
// previous applicant's. (Cleared on the confirmation page itself, the page would not see it:
// a cookie the proxy changes is what the page reads.)
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./app/i18n/routing";
import { SENT_COOKIE } from "./app/lib/requests/draft-cookie-name";

const localize = createMiddleware(routing);
const CONFIRMATION = /^\/[^/]+\/request\/confirmation\/?$/;

export default function proxy(request: NextRequest) {
  const response = localize(request);
  if (request.cookies.has(SENT_COOKIE) && !CONFIRMATION.test(request.nextUrl.pathname)) response.cookies.delete(SENT_COOKIE);
  return response;
}

export const config = {
  // Everything except API routes, the staff workspace (English only), Next internals and files with an extension.
  matcher: ["/((?!api|staff|_next|_vercel|.*\\..*).*)"],
};
