import { headers } from "next/headers";

/**
 * The client's address: the right-most X-Forwarded-For entry, which the nearest proxy
 * (nginx in production, or Next itself) appended. Entries further left are whatever the
 * client sent and cannot be trusted.
 */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return (last ?? "unknown").replace(/^::ffff:/, "");
}
