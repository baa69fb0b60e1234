// GET /api/v1/rules?date=YYYY-MM-DD: the rules in force on a travel date, with their conditions
// as data, for travel agents and airlines. Documented in /api/v1/openapi.json.
import type { NextRequest } from "next/server";
import { embassyDay } from "@/lib/embassy-time";
import { ANSWER_SCHEMAS } from "@/lib/visa/answers";
import { readRules } from "@/lib/rules/current";
import { toRulesResponse } from "@/lib/rules/rules-response";
import { unavailableAs503 } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

export const GET = unavailableAs503(async (request: NextRequest) => {
  const sent = request.nextUrl.searchParams.get("date");
  // The same dates as a trip's travel date; none given: today in Islamabad.
  const date =
    sent === null || sent === ""
      ? { success: true as const, data: embassyDay() }
      : ANSWER_SCHEMAS.travelDate.safeParse(sent);
  if (!date.success) {
    const message = date.error.issues[0]?.message ?? "invalid value";
    return Response.json(
      { error: "invalid_parameters", errors: [{ param: "date", code: "invalid_value", message }] },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(toRulesResponse(await readRules(date.data), date.data), {
    headers: { "Cache-Control": "no-store" },
  });
});
