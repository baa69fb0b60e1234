import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { embassyDay } from "@/lib/embassy-time";
import { publicOrigin } from "@/lib/public-origin";
import { toSearchParams } from "@/lib/search-params";
import { readSettings } from "@/lib/settings/read-settings";
import { answersToQuery, parseAnswers } from "@/lib/visa/answers";
import { checkEligibility } from "@/lib/visa/check-eligibility";
import { evaluate } from "@/lib/visa/evaluate";
import { createPresenter, noticeOf } from "@/lib/visa/present";
import { readRules } from "@/lib/rules/current";
import { nextUrl, relevantAnswers, stepUrl } from "@/lib/visa/wizard";
import { ConditionList } from "@/ui/check/condition-list";
import { RuleNotice } from "@/ui/check/rule-notice";
import { ChangeAlertForm } from "@/ui/change-alert-form";
import { SourceList } from "@/ui/check/source-list";
import { VerificationTag } from "@/ui/verification-tag";
import { timeTag } from "@/ui/message-tags";
import { DatabaseUnavailable, databaseUnavailableMetadata, unlessDatabaseDown } from "@/ui/database-unavailable";
import { dataKeys } from "@/i18n/message-keys";
import { Link, getPathname } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/check/result">;

// The answers are the query: rendered per request, never prerendered (the language switcher reads
// the query outside a Suspense boundary here, app/ui/current-path-links.tsx).
export const dynamic = "force-dynamic";

async function resolve({ params, searchParams }: Props) {
  const { locale } = await params;
  const settings = await readSettings();
  const query = toSearchParams(await searchParams);
  const rules = await readRules(query.get("travelDate"));
  // A result URL without every answer its route asks goes back to the first page still to answer.
  const { answers, pages } = relevantAnswers(parseAnswers(query, { typed: true }).answers, rules);
  if (!evaluate(answers, rules).complete) redirect(nextUrl(locale, answers, rules));
  const check = checkEligibility(new URLSearchParams(answersToQuery(answers)), rules, embassyDay());
  if (!check.ok) redirect(nextUrl(locale, answers, rules)); // unreachable: the evaluation above is complete
  return { locale, settings, answers, pages, evaluation: check.evaluation };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return databaseUnavailableMetadata((await props.params).locale);
  const { locale, evaluation } = resolved;
  const t = await getTranslations({ locale, namespace: "Visa" });
  return { title: t(`outcomes.${evaluation.outcome}.title`), robots: { index: false } };
}

export default async function ResultPage(props: Props) {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return <DatabaseUnavailable locale={(await props.params).locale} />;
  const { locale, settings, answers, pages, evaluation } = resolved;
  setRequestLocale(locale);
  const t = await getTranslations("Visa");
  const format = await getFormatter();
  const presenter = createPresenter(dataKeys(t), locale, settings);
  const view = presenter.present(evaluation, answers);
  const { rule } = evaluation.rule;
  const shareUrl = `${publicOrigin()}${stepUrl(locale, "result", answers)}`;
  const shareText = `${t("result.shareText", { outcome: view.title })} ${shareUrl}`;
  const withDate = (key: "result.leaveBy" | "result.rulesAsOf", iso: string) =>
    t.rich(key, {
      date: format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
      ...timeTag(iso),
    });

  return (
    <>
      {/* The answer first: the outcome, what to do, what it costs, how long, where (issue 13 #12). */}
      <div className={`panel${rule.positive ? "" : " panel--attention"}`}>
        <h1>{view.title}</h1>
        <p>{view.summary}</p>
        {view.leaveBy && <p className="panel__strong">{withDate("result.leaveBy", view.leaveBy)}</p>}
        <RuleNotice notice={noticeOf(rule, locale, embassyDay())} />
        {view.whyNot.map((route) => (
          <p key={route.ruleId}>
            {t("result.notMet", { route: route.title, conditions: route.conditions.map((c) => c.text).join("; ") })}
          </p>
        ))}
      </div>
      <p className="tagged-line">
        <VerificationTag status={view.verification.status} reviewedAt={new Date(view.verification.lastReviewed)} />
        <span className="muted">
          {view.rulesAsOf ? withDate("result.rulesAsOf", view.rulesAsOf) : t("result.rulesNotChecked")}
        </span>
      </p>

      <section aria-labelledby="next-steps">
        <h2 id="next-steps">{t("result.whatToDo")}</h2>
        <ol className="steps">
          {view.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {rule.books && (
          <p className="no-print">
            <a className="button" href={getPathname({ locale, href: `/appointments/${rule.books}` })}>
              {(await getTranslations("Appointments.links"))("book")}
            </a>
          </p>
        )}
        {view.nextLink && (
          <p>
            <a className={rule.books ? "button button--secondary" : "button"} href={view.nextLink.href}>
              {view.nextLink.text}
            </a>
          </p>
        )}
      </section>

      {view.fees.length > 0 && (
        <section aria-labelledby="fees">
          <h2 id="fees">{t("result.fees")}</h2>
          <dl className="summary-list">
            {view.fees.map((fee) => (
              <div key={fee.label}>
                <dt>{fee.label}</dt>
                {fee.amount && <dd className="ltr">{fee.amount}</dd>}
                {fee.pkr && <dd>{fee.pkr}</dd>}
              </div>
            ))}
          </dl>
          {view.feeNote && <p className="muted">{view.feeNote}</p>}
        </section>
      )}

      {view.time && (
        <section aria-labelledby="time">
          <h2 id="time">{t("result.time")}</h2>
          <p>{view.time}</p>
        </section>
      )}

      {view.where && (
        <section aria-labelledby="where">
          <h2 id="where">{t("result.where")}</h2>
          <p>{view.where}</p>
        </section>
      )}

      {view.caveats.length > 0 && (
        <section aria-labelledby="caveats">
          <h2 id="caveats">{t("result.caveats")}</h2>
          {view.caveats.map((caveat) => (
            <div className="inset" key={caveat.id}>
              <p>
                <VerificationTag status={caveat.status} />
              </p>
              <p>{caveat.text}</p>
            </div>
          ))}
        </section>
      )}

      {(view.conditions.length > 0 || view.whyNot.length > 0) && (
        <details className="why">
          <summary>{t("result.whySummary")}</summary>
          {view.conditions.length > 0 && (
            <section aria-labelledby="why">
              <h2 id="why">{t("result.why")}</h2>
              <p>{t("result.conditionsIntro")}</p>
              <ConditionList conditions={view.conditions} />
            </section>
          )}
          {view.whyNot.map((route) => (
            <section key={route.ruleId} aria-labelledby={`why-not-${route.ruleId}`}>
              <h2 id={`why-not-${route.ruleId}`}>{t("result.whyNot", { route: route.title })}</h2>
              <ConditionList conditions={route.conditions} />
            </section>
          ))}
        </details>
      )}

      {view.alternatives.length > 0 && (
        <section aria-labelledby="alternatives">
          <h2 id="alternatives">{t("result.alternatives")}</h2>
          {view.alternatives.map((alternative) => (
            <div className="inset" key={alternative.id}>
              <h3>{alternative.title}</h3>
              <p>{alternative.text}</p>
              {alternative.needs.length > 0 && (
                <p className="muted">{t("result.needs", { conditions: alternative.needs.join("; ") })}</p>
              )}
            </div>
          ))}
        </section>
      )}

      {view.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{t("result.sources")}</h2>
          <SourceList sources={view.sources} />
        </section>
      )}
      {view.background.length > 0 && (
        <section aria-labelledby="background">
          <h2 id="background">{t("result.background")}</h2>
          <SourceList sources={view.background} />
        </section>
      )}

      <ChangeAlertForm topic={`rule:${evaluation.rule.rule.id}`} />

      <section aria-labelledby="your-answers">
        <h2 id="your-answers">{t("yourAnswers")}</h2>
        <dl className="summary-list">
          {pages.flatMap((page) =>
            page.fields.map((field) => (
              <div key={field}>
                <dt>{t(`questions.${field}.short`)}</dt>
                <dd>{presenter.answerText(field, answers[field])}</dd>
                <dd>
                  <a href={stepUrl(locale, page.id, answers)}>
                    {t("change")}
                    <span className="visually-hidden"> {t(`questions.${field}.short`)}</span>
                  </a>
                </dd>
              </div>
            )),
          )}
        </dl>
        <p>
          <Link locale={locale} href="/check/destination">
            {t("startAgain")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="ask" className="no-print">
        <h2 id="ask">{t("result.askConsul")}</h2>
        <p>{t("result.askConsulHint")}</p>
        <p>
          <a
            className="button button--secondary"
            href={getPathname({
              locale,
              href: `/request/general_inquiry?check=${encodeURIComponent(answersToQuery(answers))}`,
            })}
          >
            {t("result.askConsul")}
          </a>
        </p>
      </section>

      <section aria-labelledby="share" className="no-print">
        <h2 id="share">{t("result.share")}</h2>
        <p>{t("result.shareHint")}</p>
        <p className="share-url ltr">{shareUrl}</p>
        <p>
          <a className="button button--secondary" href={`https://wa.me/?text=${encodeURIComponent(shareText)}`}>
            {t("result.shareWhatsApp")}
          </a>
        </p>
      </section>

      <p className="muted">{t("result.print")}</p>
      <p className="muted">{t("result.disclaimer")}</p>
    </>
  );
}
