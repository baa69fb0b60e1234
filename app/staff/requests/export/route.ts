// The filtered queue as CSV, for signed-in staff, in their language; every export is audited.
import type { NextRequest } from "next/server";
import { embassyDay } from "@/lib/embassy-time";
import { allowedStaff } from "@/lib/staff/current-staff";
import { exportQueue } from "@/lib/staff/queue-export";
import { queueFilterFrom } from "@/lib/staff/queue-filter";
import { requestWords, staffTranslations } from "@/lib/staff/staff-i18n";

export async function GET(request: NextRequest) {
  const staff = await allowedStaff();
  if (!staff)
    return new Response((await staffTranslations("Common"))("signInFirst"), {
      status: 401,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  const [t, words] = [await staffTranslations("Export"), await requestWords()];
  const csv = await exportQueue(staff, queueFilterFrom(request.nextUrl.searchParams), {
    ...words,
    column: (c) => t(`columns.${c}`),
    yes: t("yes"),
    no: t("no"),
  }); // every page: cursors are ignored
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="requests-${embassyDay()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
