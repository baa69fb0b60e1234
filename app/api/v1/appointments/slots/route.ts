// GET /api/v1/appointments/slots?service=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD: the free slots of
// a service (free ones only), times with the Embassy's offset. 400 names every bad parameter.
// Documented in /api/v1/openapi.json from the same schemas.
import type { NextRequest } from "next/server";
import { jsonResponse } from "@/lib/api/json-body";
import { fieldErrors, slotsQuerySchema } from "@/lib/appointments/booking-schema";
import { findFreeSlots, findService } from "@/lib/appointments/schedule";
import { lastDayOfRange, MAX_RANGE_DAYS } from "@/lib/appointments/slots";
import { unavailableAs503 } from "@/lib/db/unavailable";
import { embassyIso } from "@/lib/embassy-time";

export const dynamic = "force-dynamic";

export const GET = unavailableAs503(async (request: NextRequest) => {
  const parsed = slotsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return jsonResponse({ error: "invalid_parameters", errors: fieldErrors(parsed.error) }, 400);
  const { service: id, from, to } = parsed.data;
  if (to < from)
    return jsonResponse({ error: "invalid_parameters", errors: [{ field: "to", message: "beforeFrom" }] }, 400);
  if (to > lastDayOfRange(from))
    return jsonResponse(
      { error: "invalid_parameters", errors: [{ field: "to", message: `atMost${MAX_RANGE_DAYS}Days` }] },
      400,
    );
  const service = await findService(id);
  const slots = service ? await findFreeSlots(service, from, to) : [];
  return jsonResponse(
    { slots: slots.map((s) => ({ service: s.service, start: embassyIso(s.start), remaining: s.remaining })) },
    200,
  );
});
