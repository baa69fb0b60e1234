// POST /api/v1/appointments: book a slot (JSON), validated by the same schema as the pages.
// 201 with the reference and access code; 400 malformed, 413 too large, 422 invalid fields
// (every one named), 409 the slot is full or the passport already holds an active booking for
// the service, 429 too many. Documented in /api/v1/openapi.json.
import type { NextRequest } from "next/server";
import { after } from "next/server";
import { jsonResponse, readJsonObject } from "@/lib/api/json-body";
import { tooManyRequests } from "@/lib/api/refusals";
import { bookAppointment } from "@/lib/appointments/book";
import { bookingSchema, fieldErrors } from "@/lib/appointments/booking-schema";
import { BOOKING_LIMIT_WINDOW_MS, withinBookingLimit } from "@/lib/appointments/limits";
import { clientIp } from "@/lib/client-ip";
import { unavailableAs503 } from "@/lib/db/unavailable";
import { embassyIso } from "@/lib/embassy-time";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

export const POST = unavailableAs503(async (request: NextRequest) => {
  const read = await readJsonObject(request, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const parsed = bookingSchema.safeParse(read.body);
  if (!parsed.success) return jsonResponse({ error: "invalid_fields", errors: fieldErrors(parsed.error) }, 422);
  if (!(await withinBookingLimit(await clientIp()))) return tooManyRequests(BOOKING_LIMIT_WINDOW_MS);
  const result = await bookAppointment(parsed.data, { origin: publicOrigin() });
  if (!result.ok) {
    if (result.error === "notASlot")
      return jsonResponse({ error: "invalid_fields", errors: [{ field: "start", message: "notASlot" }] }, 422);
    return jsonResponse({ error: result.error === "slotFull" ? "slot_full" : "already_booked" }, 409);
  }
  after(deliverOutboxSoon);
  return jsonResponse(
    { reference: result.reference, accessCode: result.accessCode, start: embassyIso(result.start) },
    201,
  );
});
