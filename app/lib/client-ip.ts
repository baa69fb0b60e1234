import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

/**
 * The client's address as our server decided it (app/lib/client-address.ts): never a header
 * the client sent. Without our server in front (`next dev`), every request counts as one
 * client "unknown": limits then hold for everyone together rather than for no one.
 */
export async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
