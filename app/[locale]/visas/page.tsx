// The visa information pages, generated from the same rule table as the checker, so
// each fact lives in one place (app/lib/visa/rules.ts).
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { readSettings } from "@/lib/settings/read-settings";
import { embassyDay } from "@/lib/embassy-time";
import { noticeOf, verificationOf } from "@/lib/visa/present";
import { ruleFigures, type Destination, type Rule } from "@/lib/visa/rules";
import { readRules } from "@/lib/rules/current";
import type { Locale } from "@/i18n/locales";
import { contentOn } from "@/lib/changes/published";
import { RuleNotice } from "@/ui/check/rule-notice";
import { ChangeAlertForm } from "@/ui/change-alert-form";
import { ContentBlock } from "@/ui/content-block";
import { SourceList } from "@/ui/check/source-list";
import { VerificationTag } from "@/ui/verification-tag";
import { timeTag } from "@/ui/message-tags";
import { dataKeys } from "@/i18n/message-keys";
import { getPathname } from "@/i18n/navigation";

export const generateMetadata = metadataFrom({
  title: "Visa.pages.title",
  description: "Visa.pages.lead",
  path: "/visas",
});

export default async function VisasPage({ params }: PageProps<"/[locale]/visas">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Visa");
  const format = await getFormatter();
  const settings = await readSettings();
  const rules = await readRules();
  const today = embassyDay();
  const date = (iso: string, monthOnly?: boolean) =>
    format.dateTime(
      new Date(`${iso}T00:00:00Z`),
      monthOnly ? { month: "long", year: "numeric", timeZone: "UTC" } : { dateStyle: "long", timeZone: "UTC" },
    );
  const days = settings["visaFree.registrationWorkingDays"].value;
  const certification = t(`certification.${settings["legalization.route"].value}`);
  const block = await contentOn(locale as Locale);

  const article = (rule: Rule) => {
    const { id } = rule;
    const verification = verificationOf(rule);
    const stepsKey = `steps.${rule.steps}`;
    const steps = dataKeys(t).raw(stepsKey) as string[];
    const figures = ruleFigures(rule);
    return (
      <article key={id} aria-labelledby={`rule-${id}`}>
        <h3 id={`rule-${id}`}>{t(`routes.${id}`)}</h3>
        <p className="tagged-line">
          <VerificationTag status={verification.status} reviewedAt={new Date(verification.lastReviewed)} />
          {rule.validFrom && (
            <span className="muted">
              {t.rich("result.inForceSince", {
                date: date(rule.validFrom, rule.validFromMonthOnly),
                ...timeTag(rule.validFromMonthOnly ? rule.validFrom.slice(0, 7) : rule.validFrom),
              })}
            </span>
          )}
        </p>
        <RuleNotice notice={noticeOf(rule, locale, today)} />
        <p>{t(`outcomes.${rule.outcome}.summary`, figures)}</p>
        <h4 className="label">{t("pages.conditions")}</h4>
        <ul>
          {/* The nationality is the section's heading already; the dates are shown above. */}
          {rule.conditions
            .filter((c) => c.field !== "nationality")
            .map((c) => (
              <li key={c.id}>{dataKeys(t)(`conditions.${c.id}`, figures)}</li>
            ))}
        </ul>
        <details>
          <summary>{t("result.nextSteps")}</summary>
          <ol className="steps">
            {steps.map((_, i) => (
              <li key={i}>{dataKeys(t)(`${stepsKey}.${i}`, { ...figures, days, certification })}</li>
            ))}
          </ol>
        </details>
        <h4 className="label">{t("result.sources")}</h4>
        <SourceList sources={rule.sources.filter((s) => !s.background)} />
        {rule.sources.some((s) => s.background) && (
          <>
            <h4 className="label">{t("result.background")}</h4>
            <SourceList sources={rule.sources.filter((s) => s.background)} />
          </>
        )}
      </article>
    );
  };

  const section = (destination: Destination, heading: string, lead: string) => (
    <section aria-labelledby={`to-${destination}`}>
      <h2 id={`to-${destination}`}>{heading}</h2>
      <ContentBlock block={block(lead)} />
      {/* The routes a traveller can take (Rule.shown); citizens going home and other nationalities need no page. */}
      {rules
        .filter((rule) => rule.destination === destination && rule.shown !== undefined)
        .sort((a, b) => a.shown! - b.shown!)
        .map(article)}
    </section>
  );

  return (
    <>
      <h1>{t("pages.title")}</h1>
      <p className="lead">{t("pages.lead")}</p>
      <p>
        <a className="button" href={getPathname({ locale, href: "/check" })}>
          {t("pages.checkYourTrip")}
        </a>
      </p>
      {section("BY", t("pages.toBelarus"), "visas.toBelarusLead")}
      {section("PK", t("pages.toPakistan"), "visas.toPakistanLead")}
      <ChangeAlertForm topic="content:visas" />
    </>
  );
}
