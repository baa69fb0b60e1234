import { headers } from "next/headers";

/** Cookies are Secure everywhere except plain-HTTP localhost, where a browser would drop them. */
export async function secureCookies(): Promise<boolean> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? "http";
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(":")[0] ?? "";
  return proto === "https" || !["localhost", "127.0.0.1", "[::1]"].includes(host);
}
