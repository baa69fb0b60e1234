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
import { readRules } from "@/lib/rules/current";
import { unavailableAs503 } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

type BadParameter = { param: string; code: "invalid_value" | "required"; message: string };

const badRequest = (errors: BadParameter[]) =>
  Response.json({ error: "invalid_parameters", errors }, { status: 400, headers: { "Cache-Control": "no-store" } });

export const GET = unavailableAs503(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const lang = params.get("lang") ?? "en";
  const langErrors: BadParameter[] = isLocale(lang)
    ? []
    : [{ param: "lang", code: "invalid_value", message: "must be one of en, ru, be, ur" }];

  const settings = await readSettings();
  const check = checkEligibility(params, await readRules(params.get("travelDate")), embassyDay());
  // A bad language does not hide the other bad parameters: all are named at once.
  if (!check.ok || !isLocale(lang)) return badRequest([...langErrors, ...(check.ok ? [] : check.errors)]);

  const t = (await getTranslations({ locale: lang, namespace: "Visa" })) as unknown as Translate;
  const view = createPresenter(t, lang, settings).present(check.evaluation, check.answers);
  return Response.json(toEligibilityResponse(view, check.answers, lang), {
    headers: { "Cache-Control": "no-store" },
  });
});
