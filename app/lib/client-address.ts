/**
 * Which address a request comes from, decided once by our own server (app/cli/serve.ts),
 * which alone knows the socket's peer. X-Forwarded-For is believed only when that peer is a
 * reverse proxy listed in TRUSTED_PROXIES: then the right-most entry that is not itself a
 * trusted proxy is the client. Anyone else's X-Forwarded-For is ignored, so a client reaching
 * the app directly cannot reset a rate limit with a made-up header.
 *
 * The decision travels to the app in CLIENT_ADDRESS_HEADER, which the server overwrites on
 * every request (a client's own copy never gets through); app code reads it with clientIp().
 */
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-consular-client-address";

/** Forwarding headers that only a trusted proxy may set; dropped from anyone else. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
] as const;

/** "::ffff:203.0.113.9" (IPv4 on a dual-stack socket) is 203.0.113.9. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

export function trustedProxyList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

export function isTrustedProxy(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy, in which case
 * X-Forwarded-For is read from the right, skipping further trusted proxies. An entry that
 * is not an address (a proxy passing garbage along) stops the walk at the last good hop.
 */
export function decideClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: BlockList,
): string {
  let client = normalizeAddress(socketAddress ?? "");
  if (!isIP(client)) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  while (isTrustedProxy(proxies, client) && hops.length > 0) {
    const next = hops.pop()!;
    if (!isIP(next)) break;
    client = next;
  }
  return client;
}
