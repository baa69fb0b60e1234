// GET /api/v1/eligibility: the visa checker for other channels (travel agents, apps).
// Same parameters as the wizard's query string; documented in /api/v1/openapi.json.
import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { isLocale } from "@/i18n/locales";
import { embassyDay } from "@/lib/embassy-time";
import { readSettings } from "@/lib/settings/read-settings";
import { checkEligibility } from "@/lib/visa/check-eligibility";
import { toEligibilityResponse } from "@/lib/visa/eligibility-response";
import { createPresenter, type Translate } from "@/lib/visa/present";
import { rulesFromSettings } from "@/lib/visa/rules-from-settings";
import { unavailableAs503 } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

const badRequest = (errors: { param: string; message: string }[]) =>
  Response.json({ error: "invalid_parameters", errors }, { status: 400, headers: { "Cache-Control": "no-store" } });

export const GET = unavailableAs503(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const lang = params.get("lang") ?? "en";
  if (!isLocale(lang)) return badRequest([{ param: "lang", message: "must be one of en, ru, be, ur" }]);

  const settings = await readSettings();
  const check = checkEligibility(params, rulesFromSettings(settings), embassyDay());
  if (!check.ok) return badRequest(check.errors);

  const t = (await getTranslations({ locale: lang, namespace: "Visa" })) as unknown as Translate;
  const view = createPresenter(t, lang, settings).present(check.evaluation);
  return Response.json(toEligibilityResponse(view, check.answers as Record<string, string | number>, lang), {
    headers: { "Cache-Control": "no-store" },
  });
});
