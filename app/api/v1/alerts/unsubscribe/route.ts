/**
 * RFC 8058 one-click unsubscribe: a mail client's "unsubscribe" button posts here (the
 * List-Unsubscribe header of every change-alert e-mail). POST only: a GET by a link scanner
 * changes nothing. The address is deleted; the answer is the same for any token.
 */
import { unsubscribe } from "@/lib/changes/alerts";

export async function POST(request: Request): Promise<Response> {
  await unsubscribe(new URL(request.url).searchParams.get("token") ?? "");
  return new Response(null, { status: 204 });
}
