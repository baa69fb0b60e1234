import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LOCALES, LOCALE_NAMES, directionOf } from "@/i18n/locales";
import { changedFields, type ContentPayload } from "@/lib/changes/payloads";
import { findProposal, targetHistory } from "@/lib/changes/proposals";
import { payloadInForce } from "@/lib/changes/published";
import { scenarioImpact } from "@/lib/changes/scenario-impact";
import { diffWords } from "@/lib/changes/text-diff";
import { embassyDay, formatDay } from "@/lib/embassy-time";
import { requireStaff } from "@/lib/staff/current-staff";
import { staffClock, staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { reviewChange, reviseChange, rollBack, withdrawChange } from "../actions";
import { ProposalFields } from "../proposal-fields";
import { changeWords } from "../words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Changes"))("proposalTitle") };
}

const NOTICES = [
  "proposed",
  "revised",
  "approved",
  "sentBack",
  "withdrawn",
  "ownProposal",
  "stale",
  "comment",
  "invalid",
  "notFound",
  "rollback",
] as const;

export default async function ChangePage({ params, searchParams }: PageProps<"/staff/changes/[id]">) {
  const staff = await requireStaff("editor");
  const proposal = await findProposal(staff, (await params).id);
  if (!proposal) redirect("/staff/changes");
  const query = await searchParams;
  const [words, when, locale] = [await changeWords(), await staffClock(), await staffLocale()];
  const { t } = words;
  // The impact is against what would be in force on the proposal's day without it.
  const before = await payloadInForce(proposal.kind, proposal.targetId, proposal.effectiveDay);
  const history = await targetHistory(staff, proposal.kind, proposal.targetId);
  const own = proposal.proposerId === staff.id;
  const today = embassyDay();

  return (
    <>
      <a className="back-link" href="/staff/changes">
        {t("back")}
      </a>
      <Notice {...noticeFrom(query, Object.fromEntries(NOTICES.map((n) => [n, t(`notices.${n}`)])))} />
      <h1>{words.target(proposal.kind, proposal.targetId)}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("columns.status")}</dt>
          <dd>{words.status(proposal.status)}</dd>
        </div>
        <div>
          <dt>{t("columns.effective")}</dt>
          <dd>{formatDay(proposal.effectiveDay, locale)}</dd>
        </div>
        <div>
          <dt>{t("columns.proposer")}</dt>
          <dd>
            {proposal.proposer} · {when(proposal.createdAt)}
          </dd>
        </div>
        <div>
          <dt>{t("reason")}</dt>
          <dd dir="auto">{proposal.reason}</dd>
        </div>
        {proposal.reviewer && (
          <div>
            <dt>{t("reviewer")}</dt>
            <dd>
              {proposal.reviewer}
              {proposal.reviewedAt && ` · ${when(proposal.reviewedAt)}`}
              {proposal.comment && (
                <>
                  : <span dir="auto">{proposal.comment}</span>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="impact">
        <h2 id="impact">{t("impactTitle")}</h2>
        {proposal.kind === "content" ? (
          <TextImpact before={before as ContentPayload} after={proposal.payload as ContentPayload} />
        ) : (
          <DataTable
            label={t("impactTitle")}
            columns={[t("field"), t("before"), t("after")]}
            empty={t("noDifference")}
            rows={changedFields(before, proposal.payload).map((row) => (
              <tr key={row.path}>
                <th scope="row" className="ltr">
                  {row.path}
                </th>
                <td dir="auto">{row.before}</td>
                <td dir="auto">{row.after}</td>
              </tr>
            ))}
          />
        )}
      </section>

      {proposal.kind === "rule" && <ScenarioImpact proposal={proposal} locale={locale} words={words} />}

      {proposal.status === "proposed" && !own && (
        <section aria-labelledby="review">
          <h2 id="review">{t("reviewTitle")}</h2>
          <form action={reviewChange}>
            <input type="hidden" name="id" value={proposal.id} />
            <input type="hidden" name="revision" value={proposal.revision} />
            <FormGroup id="comment" label={t("comment")} hint={t("commentHint")}>
              {(props) => <textarea className="textarea" rows={3} {...props} />}
            </FormGroup>
            <button type="submit" className="button" name="decision" value="approve">
              {proposal.effectiveDay > today
                ? t("approveScheduled", { day: formatDay(proposal.effectiveDay, locale) })
                : t("approve")}
            </button>{" "}
            <button type="submit" className="button button--secondary" name="decision" value="sendBack">
              {t("sendBack")}
            </button>
          </form>
        </section>
      )}
      {proposal.status === "proposed" && own && <p className="inset">{t("waitingForColleague")}</p>}

      {own && proposal.status === "sent_back" && (
        <section aria-labelledby="revise">
          <h2 id="revise">{t("reviseTitle")}</h2>
          <form action={reviseChange} noValidate>
            <input type="hidden" name="id" value={proposal.id} />
            <input type="hidden" name="revision" value={proposal.revision} />
            <ProposalFields
              kind={proposal.kind}
              targetId={proposal.targetId}
              payload={proposal.payload}
              reason={proposal.reason}
              effectiveDay={proposal.effectiveDay}
            />
            <button type="submit" className="button">
              {t("submitProposal")}
            </button>
          </form>
        </section>
      )}
      {own && ["proposed", "sent_back"].includes(proposal.status) && (
        <form action={withdrawChange}>
          <input type="hidden" name="id" value={proposal.id} />
          <input type="hidden" name="revision" value={proposal.revision} />
          <button type="submit" className="button button--secondary">
            {t("withdraw")}
          </button>
        </form>
      )}

      <section aria-labelledby="history">
        <h2 id="history">{t("historyTitle")}</h2>
        <DataTable
          label={t("historyTitle")}
          columns={[
            t("version"),
            t("columns.effective"),
            t("reason"),
            t("columns.proposer"),
            t("approver"),
            t("rollback"),
          ]}
          empty={t("noHistory")}
          rows={history.map((version) => (
            <tr key={version.id}>
              <td>{version.number}</td>
              <td>{formatDay(version.effectiveDay, locale)}</td>
              <td dir="auto">{version.reason}</td>
              <td>{version.proposer}</td>
              <td>
                {version.approver} · {when(version.approvedAt)}
              </td>
              <td>
                <form action={rollBack}>
                  <input type="hidden" name="versionId" value={version.id} />
                  <input type="hidden" name="from" value={proposal.id} />
                  <input type="hidden" name="effectiveDay" value={today} />
                  <label className="visually-hidden" htmlFor={`rollback-${version.id}`}>
                    {t("rollbackReason", { number: version.number })}
                  </label>
                  <input
                    className="input"
                    id={`rollback-${version.id}`}
                    name="reason"
                    required
                    placeholder={t("rollbackReasonPlaceholder")}
                  />
                  <button type="submit" className="button button--secondary">
                    {t("rollbackTo", { number: version.number })}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        />
      </section>
    </>
  );
}

/** Side by side, per language: the text in force and the proposal, the words removed and added marked. */
async function TextImpact({ before, after }: { before: ContentPayload; after: ContentPayload }) {
  const t = await staffTranslations("Changes");
  return (
    <>
      {LOCALES.map((lang) => {
        const parts = diffWords(before.text[lang], after.text[lang]);
        const changed = parts.some((part) => part.kind !== "same");
        return (
          <div key={lang} className="diff">
            <h3>
              {LOCALE_NAMES[lang]} {changed ? "" : `(${t("unchanged")})`}
            </h3>
            <div className="diff__columns">
              <div>
                <h4 className="label">{t("before")}</h4>
                <p lang={lang} dir={directionOf(lang)}>
                  {parts
                    .filter((p) => p.kind !== "added")
                    .map((p, i) => (p.kind === "removed" ? <del key={i}>{p.text}</del> : p.text))}
                </p>
              </div>
              <div>
                <h4 className="label">{t("after")}</h4>
                <p lang={lang} dir={directionOf(lang)}>
                  {parts
                    .filter((p) => p.kind !== "removed")
                    .map((p, i) => (p.kind === "added" ? <ins key={i}>{p.text}</ins> : p.text))}
                </p>
              </div>
            </div>
          </div>
        );
      })}
      {changedFields(
        { sources: before.sources, verification: before.verification },
        { sources: after.sources, verification: after.verification },
      ).length > 0 && <p>{t("sourcesChanged")}</p>}
    </>
  );
}

/** The reference scenarios whose answer the proposal changes (issue 17: the impact is seen before approval). */
async function ScenarioImpact({
  proposal,
  locale,
  words,
}: {
  proposal: Parameters<typeof scenarioImpact>[0];
  locale: string;
  words: Awaited<ReturnType<typeof changeWords>>;
}) {
  const { t } = words;
  const visa = await getTranslations({ locale, namespace: "Visa" });
  const answer = (a: Awaited<ReturnType<typeof scenarioImpact>>[number]["before"]) =>
    a.complete ? visa(`outcomes.${a.outcome}.title`) : t("scenarioIncomplete");
  const impact = await scenarioImpact(proposal);
  return (
    <section aria-labelledby="scenarios">
      <h2 id="scenarios">{t("scenariosTitle")}</h2>
      <DataTable
        label={t("scenariosTitle")}
        columns={[t("scenario"), t("scenarioBefore"), t("scenarioAfter"), t("scenarioChanged")]}
        empty={t("noScenarioChanges")}
        rows={impact.map(({ scenario, before, after, changes }) => (
          <tr key={scenario.id}>
            {/* The released scenarios are described in English (the rule tests' names); staff's in their own words. */}
            <th scope="row" {...(scenario.origin === "code" ? { lang: "en" } : { dir: "auto" })}>
              {scenario.description}
            </th>
            <td>{answer(before)}</td>
            <td>{answer(after)}</td>
            <td>{changes.map((change) => t(`scenarioChanges.${change}`)).join(", ")}</td>
          </tr>
        ))}
      />
    </section>
  );
}
