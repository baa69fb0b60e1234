import type { Metadata } from "next";
import { CONTENT_BLOCKS } from "@/lib/changes/content-blocks";
import { isTarget, KINDS } from "@/lib/changes/payloads";
import { payloadInForce } from "@/lib/changes/published";
import { ruleTargetIds } from "@/lib/changes/rule-kind";
import { embassyDay } from "@/lib/embassy-time";
import { requireStaff } from "@/lib/staff/current-staff";
import { staffTranslations } from "@/lib/staff/staff-i18n";
import { Notice } from "@/ui/notice";
import { proposeChange } from "../actions";
import { ProposalFields } from "../proposal-fields";
import { changeWords } from "../words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Changes"))("newTitle") };
}

/** First what to change (a GET form), then the change itself, filled with what is in force today. */
export default async function NewChangePage({ searchParams }: PageProps<"/staff/changes/new">) {
  await requireStaff("editor");
  const query = await searchParams;
  const words = await changeWords();
  const { t } = words;
  const [kindValue, targetValue] =
    typeof query.target === "string" && query.target.includes(":")
      ? query.target.split(":", 2)
      : [query.kind, query.target];
  const kind = KINDS.find((k) => k === kindValue);
  const targetId = typeof targetValue === "string" ? targetValue : "";
  const chosen = kind && isTarget(kind, targetId) ? { kind, targetId } : null;
  const today = embassyDay();

  return (
    <>
      <a className="back-link" href="/staff/changes">
        {t("back")}
      </a>
      <Notice kind="error" text={query.error === "invalid" ? t("invalid") : undefined} />
      <h1>{t("newTitle")}</h1>
      {!chosen ? (
        <form method="get" action="/staff/changes/new">
          <div className="form-group">
            <label className="label" htmlFor="target">
              {t("whatToChange")}
            </label>
            <select className="select" id="target" name="target">
              <optgroup label={t("rulesGroup")}>
                {ruleTargetIds().map((id) => (
                  <option key={id} value={`rule:${id}`}>
                    {words.target("rule", id)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("textGroup")}>
                {CONTENT_BLOCKS.map((block) => (
                  <option key={block.id} value={`content:${block.id}`}>
                    {words.target("content", block.id)}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <button type="submit" className="button">
            {t("continue")}
          </button>
        </form>
      ) : (
        <>
          <h2>{words.target(chosen.kind, chosen.targetId)}</h2>
          <form action={proposeChange} noValidate>
            <ProposalFields
              kind={chosen.kind}
              targetId={chosen.targetId}
              payload={await payloadInForce(chosen.kind, chosen.targetId, today)}
              effectiveDay={today}
            />
            <button type="submit" className="button">
              {t("submitProposal")}
            </button>
          </form>
        </>
      )}
    </>
  );
}
