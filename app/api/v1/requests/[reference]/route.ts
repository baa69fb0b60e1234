// GET /api/v1/requests/{reference}: the public status of a request, for whoever holds its
// access code, in the X-Access-Code header only: a code in the address would be written to
// access logs and histories, so ?accessCode= is ignored. Nothing without the right code.
import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/client-ip";
import { embassyIso } from "@/lib/embassy-time";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { lookupsPerHour } from "@/lib/requests/limits";
import { findTrackedRequest } from "@/lib/requests/track-request";
import { unavailableAs503 } from "@/lib/db/unavailable";
import { tooManyRequests } from "@/lib/api/refusals";

export const dynamic = "force-dynamic";

const HOUR_MS = 60 * 60 * 1000;

export const GET = unavailableAs503(
  async (request: NextRequest, { params }: RouteContext<"/api/v1/requests/[reference]">) => {
    const { reference } = await params;
    const code = request.headers.get("x-access-code") ?? "";
    if (!(await withinLimit(`track:${clientKey(await clientIp())}`, lookupsPerHour(), HOUR_MS)))
      return tooManyRequests(HOUR_MS);
    const found = await findTrackedRequest(reference, code);
    if (!found) return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
    return Response.json(
      {
        reference: found.reference,
        type: found.type,
        status: found.status,
        createdAt: embassyIso(found.createdAt), // the Embassy's clock, with its offset (+05:00)
        timeline: found.timeline.map((e) => ({
          kind: e.kind,
          status: e.toStatus,
          message: e.body,
          from: e.actor,
          at: embassyIso(e.createdAt),
        })),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
);
