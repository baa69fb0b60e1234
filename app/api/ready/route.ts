// Readiness, for a load balancer or process manager: 200 only when the database answers and
// has every migration this release ships with; 503 otherwise, with the reason.
import { isDatabaseReachable } from "@/lib/db/check-database";
import { pendingMigrations } from "@/lib/db/migration-state";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  if (!(await isDatabaseReachable()))
    return Response.json({ status: "unavailable", database: "down" }, { status: 503, headers });
  const pending = await pendingMigrations();
  if (pending.length > 0)
    return Response.json(
      { status: "unavailable", database: "up", pendingMigrations: pending },
      { status: 503, headers },
    );
  return Response.json({ status: "ready", database: "up", migrations: "up to date" }, { headers });
}
