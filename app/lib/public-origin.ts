import { headers } from "next/headers";

/**
 * The origin visitors reach the service at, for links that leave the page (share links,
 * e-mails). PUBLIC_ORIGIN wins; otherwise the request's own host as the proxy forwarded it.
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.PUBLIC_ORIGIN) return process.env.PUBLIC_ORIGIN.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
