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
