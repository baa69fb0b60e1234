/**
 * Every cookie the app sets is HttpOnly, SameSite=Lax, Path=/, and Secure when the service
 * is reached over HTTPS (PUBLIC_ORIGIN's scheme: decided by configuration, never by a
 * request header a client could forge). A Secure cookie's name carries the `__Host-` prefix:
 * the browser then accepts it only over HTTPS, from this host alone (no Domain), for the
 * whole site, so neither a sibling subdomain nor a plain-HTTP page can plant or replace it.
 */
import { config } from "./config";

function secureCookies(): boolean {
  return config().secureCookies;
}

/** The name a cookie is set and read under: `__Host-name` when cookies are Secure. */
export function cookieName(name: string): string {
  return secureCookies() ? `__Host-${name}` : name;
}

/** The attributes of every cookie; without `maxAgeSeconds` it is a session cookie (gone when the browser closes). */
export function cookieOptions(maxAgeSeconds?: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}
