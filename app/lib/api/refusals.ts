/**
 * The API's answers to a client's mistakes that every route gives the same way: never
 * cached, and a 429 always says when to come back.
 */
import { retryAfterSeconds } from "../rate-limit";

const noStore = { "Cache-Control": "no-store" };

/** Too many requests in the current window (`windowMs` long): Retry-After is when it ends. */
export function tooManyRequests(windowMs: number, now = new Date()): Response {
  return Response.json(
    { error: "too_many_requests" },
    { status: 429, headers: { ...noStore, "Retry-After": String(retryAfterSeconds(windowMs, now)) } },
  );
}

/** True when the request says its body is JSON (application/json or a +json type, any parameters). */
export function sendsJson(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** A body that is not JSON sent to an endpoint that reads only JSON. */
export const unsupportedMediaType = () =>
  Response.json(
    { error: "unsupported_media_type" },
    { status: 415, headers: { ...noStore, Accept: "application/json" } },
  );
