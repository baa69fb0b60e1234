/**
 * Reads a JSON object from a request body of at most `maxBytes`: 413 when larger (also for a
 * chunked body without Content-Length: the stream is cut off at the limit, never buffered
 * whole), 400 when it is not a JSON object, 415 when it does not say it is JSON. Shared by the
 * API's POST endpoints.
 */
import { sendsJson, unsupportedMediaType } from "./refusals";

export const jsonResponse = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function readJsonObject(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  if (!sendsJson(request)) return { ok: false, response: unsupportedMediaType() };
  const tooLarge = { ok: false as const, response: jsonResponse({ error: "payload_too_large" }, 413) };
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return { ok: false, response: jsonResponse({ error: "invalid_json" }, 400) };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, response: jsonResponse({ error: "invalid_json" }, 400) };
  return { ok: true, body: body as Record<string, unknown> };
}
