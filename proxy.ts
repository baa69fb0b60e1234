// Sends a visitor without a language in the URL to their language (Accept-Language,
// then a cookie, then English). Not an access check: staff pages check the session
// themselves, next to the data.
// It also clears the draft cookie on the confirmation page, which shows what was sent once:
// at a shared computer, the next person finds nothing of the previous applicant's.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./app/i18n/routing";
import { DRAFT_COOKIE } from "./app/lib/requests/draft-cookie-name";

const localize = createMiddleware(routing);
const CONFIRMATION = /^\/[^/]+\/request\/confirmation\/?$/;

export default function proxy(request: NextRequest) {
  const response = localize(request);
  if (CONFIRMATION.test(request.nextUrl.pathname) && request.cookies.has(DRAFT_COOKIE)) response.cookies.delete(DRAFT_COOKIE);
  return response;
}

export const config = {
  // Everything except API routes, the staff workspace (English only), Next internals and files with an extension.
  matcher: ["/((?!api|staff|_next|_vercel|.*\\..*).*)"],
};
