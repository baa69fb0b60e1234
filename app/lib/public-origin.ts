import { config } from "./config";

/**
 * The origin visitors reach the service at, for links that leave the page (share links,
 * e-mails, alternate-language Link headers): PUBLIC_ORIGIN alone, never a request's Host or
 * X-Forwarded-Host, which anyone can forge to make the Embassy send a phishing link.
 * Outside demo mode the configuration refuses to start without it (app/lib/config.ts).
 */
export function publicOrigin(): string {
  return config().publicOrigin;
}

/**
 * A Link header (next-intl's alternate-language links, which it builds from Host or
 * X-Forwarded-Host) with every URL moved onto PUBLIC_ORIGIN: a forged Host can then not
 * put another site's address into a response nginx caches for everyone.
 */
export function rebaseLinkHeader(value: string, origin: string = publicOrigin()): string {
  return value.replace(/<[a-z][a-z0-9+.-]*:\/\/[^/>]*/gi, `<${origin}`);
}
