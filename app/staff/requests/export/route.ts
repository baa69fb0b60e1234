// The filtered queue as CSV, for signed-in staff; every export is audited.
import type { NextRequest } from "next/server";
import { allowedStaff } from "@/lib/staff/current-staff";
import { queueFilterFrom } from "@/lib/staff/queue-filter";
import { exportQueue } from "@/lib/staff/requests";

export async function GET(request: NextRequest) {
  const staff = await allowedStaff();
  if (!staff) return new Response("Sign in first", { status: 401, headers: { "Cache-Control": "no-store" } });
  const csv = await exportQueue(staff, queueFilterFrom(request.nextUrl.searchParams)); // every page: cursors are ignored
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="requests-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
