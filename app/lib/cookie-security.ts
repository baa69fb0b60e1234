import { config } from "./config";

/** Cookies are Secure when PUBLIC_ORIGIN is https: decided by configuration, never by a request header. */
export function secureCookies(): boolean {
  return config().secureCookies;
}
