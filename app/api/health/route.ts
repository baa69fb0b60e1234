// Liveness plus the one dependency that matters: 200 when the database answers, 503 when not.
import { isDatabaseReachable } from "@/lib/db/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = (await isDatabaseReachable()) ? "up" : "down";
  return Response.json(
    { status: database === "up" ? "ok" : "unavailable", database },
    { status: database === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
