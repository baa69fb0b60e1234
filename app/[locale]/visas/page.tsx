// The visa information pages, generated from the same rule table as the checker, so
// each fact lives in one place (app/lib/visa/rules.ts).
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/ui/page-title";
import { readSettings } from "@/lib/settings/read-settings";
import { conditionsOf } from "@/lib/visa/evaluate";
import { STEPS, verificationOf } from "@/lib/visa/present";
import type { Destination, RuleId } from "@/lib/visa/rules";
import { rulesFromSettings } from "@/lib/visa/rules-from-settings";
import type { Locale } from "@/i18n/locales";
import { contentOn } from "@/lib/changes/published";
import { ChangeAlertForm } from "@/ui/change-alert-form";
import { ContentBlock } from "@/ui/content-block";
import { RuleNotice } from "@/ui/rule-notice";
import { SourceList } from "@/ui/check/source-list";
import { VerificationTag } from "@/ui/verification-tag";

// The routes a traveller can take; citizens going home and other nationalities need no page.
const SHOWN: Record<Destination, RuleId[]> = {
  BY: ["by_visa_free_airport", "by_official_passport", "by_visa_required", "by_certificate_of_return"],
  PK: ["pk_business_5_years", "pk_business_on_arrival", "pk_online_visa", "pk_official_passport"],
};
const SCOPE_CONDITIONS = new Set(["nationality_pk", "nationality_by"]);

export const generateMetadata = titleFrom("Visa.pages");

export default async function VisasPage({ params }: PageProps<"/[locale]/visas">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Visa");
  const format = await getFormatter();
  const settings = await readSettings();
  const rules = rulesFromSettings(settings);
  const date = (iso: string, monthOnly?: boolean) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), monthOnly ? { month: "long", year: "numeric", timeZone: "UTC" } : { dateStyle: "long", timeZone: "UTC" });
  const days = settings["visaFree.registrationWorkingDays"].value;
  const certification = t(`certification.${settings["legalization.route"].value}`);
  const block = await contentOn(locale as Locale);

  const section = (destination: Destination, heading: string, lead: string) => (
    <section aria-labelledby={`to-${destination}`}>
      <h2 id={`to-${destination}`}>{heading}</h2>
      <ContentBlock block={block(lead)} />
      {SHOWN[destination].map((id) => {
        const rule = rules.find((r) => r.id === id)!;
        const verification = verificationOf(rule, settings);
        const stepsKey = `steps.${STEPS[id]}`;
        const steps = t.raw(stepsKey) as string[];
        return (
          <article key={id} aria-labelledby={`rule-${id}`}>
            <h3 id={`rule-${id}`}>{t(`routes.${id}`)}</h3>
            <p>
              <VerificationTag status={verification.status} reviewedAt={new Date(verification.lastReviewed)} />
              {rule.validFrom && <span className="muted"> {t("result.inForceSince", { date: date(rule.validFrom, rule.validFromMonthOnly) })}</span>}
            </p>
            <RuleNotice ruleId={id} />
            <p>{t(`outcomes.${rule.outcome}.summary`)}</p>
            <h4 className="label">{t("pages.conditions")}</h4>
            <ul>
              {conditionsOf(rule)
                .filter((c) => !SCOPE_CONDITIONS.has(c.id) && c.id !== "in_force")
                .map((c) => (
                  <li key={c.id}>{t(`conditions.${c.id}`)}</li>
                ))}
            </ul>
            <details>
              <summary>{t("result.nextSteps")}</summary>
              <ol className="steps">
                {steps.map((_, i) => (
                  <li key={i}>{t(`${stepsKey}.${i}`, { days, certification })}</li>
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
      })}
    </section>
  );

  return (
    <>
      <h1>{t("pages.title")}</h1>
      <p className="lead">{t("pages.lead")}</p>
      <p>
        <a className="button" href={`/${locale}/check`}>
          {t("pages.checkYourTrip")}
        </a>
      </p>
      {section("BY", t("pages.toBelarus"), "visas.toBelarusLead")}
      {section("PK", t("pages.toPakistan"), "visas.toPakistanLead")}
      <ChangeAlertForm topic="content:visas" />
    </>
  );
}
