// POST /api/v1/requests: a request from another channel (JSON), validated by the same
// schemas as the form. 201 with the reference and access code; 400 malformed, 413 too
// large, 415 not JSON, 422 invalid fields (every one named), 429 too many (with Retry-After). Documented in /api/v1/openapi.json.
import type { NextRequest } from "next/server";
import { after } from "next/server";
import { isLocale } from "@/i18n/locales";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";
import { submissionsPerHour } from "@/lib/requests/limits";
import { submitRequest, trackingUrl } from "@/lib/requests/submit-request";
import { isRequestType, requestSchema } from "@/lib/requests/types";
import { clientIp } from "@/lib/client-ip";
import { unavailableAs503 } from "@/lib/db/unavailable";
import { jsonResponse, readJsonObject } from "@/lib/api/json-body";
import { tooManyRequests } from "@/lib/api/refusals";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
const HOUR_MS = 60 * 60 * 1000;

export const POST = unavailableAs503(async (request: NextRequest) => {
  const read = await readJsonObject(request, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const { type, language = "en", ...answers } = read.body;
  const problems = [
    ...(typeof type === "string" && isRequestType(type) ? [] : [{ field: "type", message: "choose" }]),
    ...(typeof language === "string" && isLocale(language) ? [] : [{ field: "language", message: "choose" }]),
  ];
  if (problems.length > 0) return jsonResponse({ error: "invalid_fields", errors: problems }, 422);

  const parsed = requestSchema(type as Parameters<typeof requestSchema>[0]).safeParse(answers);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: issue.path.length ? String(issue.path[0]) : ((issue as { keys?: string[] }).keys?.join(",") ?? ""),
      message: issue.code === "unrecognized_keys" ? "unknownField" : issue.message,
    }));
    return jsonResponse({ error: "invalid_fields", errors }, 422);
  }
  if (!(await withinLimit(`submit:${clientKey(await clientIp())}`, submissionsPerHour(), HOUR_MS)))
    return tooManyRequests(HOUR_MS);

  const { declaration: _, ...values } = parsed.data as Record<string, string | undefined>;
  const origin = publicOrigin();
  const locale = language as string;
  const { reference, accessCode } = await submitRequest({
    type: type as Parameters<typeof requestSchema>[0],
    locale,
    answers: values,
    origin,
  });
  after(deliverOutboxSoon);
  return jsonResponse(
    { reference, accessCode, status: "received", trackingUrl: trackingUrl(origin, locale, reference) },
    201,
  );
});
