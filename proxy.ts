// Sends a visitor without a language in the URL to their language (Accept-Language,
// then a cookie, then English). Not an access check: staff pages check the session
// themselves, next to the data.
import createMiddleware from "next-intl/middleware";
import { routing } from "./app/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, the staff workspace (English only), Next internals and files with an extension.
  matcher: ["/((?!api|staff|_next|_vercel|.*\\..*).*)"],
};
