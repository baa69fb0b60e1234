import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { appointmentServiceFor } from "@/lib/appointments/service-pages";
import { findService, SERVICES } from "@/lib/services/catalogue";
import { readSettings } from "@/lib/settings/read-settings";
import { contentOn } from "@/lib/changes/published";
import type { Locale } from "@/i18n/locales";
import { ChangeAlertForm } from "@/ui/change-alert-form";
import { ContentBlock } from "@/ui/content-block";
import { SourceList } from "@/ui/check/source-list";
import { reachEmbassyInEmergency } from "@/ui/contact-details";
import { pageMetadata } from "@/ui/page-title";
import { VerificationTag } from "@/ui/verification-tag";
import { dataKeys, keyFromData } from "@/i18n/message-keys";
import { getPathname } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/services/[service]">;

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => SERVICES.map((s) => ({ locale, service: s.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, service } = await params;
  const item = `Services.items.${service}`; // a slug of the catalogue: dynamicParams = false
  return pageMetadata(locale, {
    title: keyFromData(`${item}.title`),
    description: keyFromData(`${item}.summary`),
    path: `/services/${service}`,
  });
}

export default async function ServicePage({ params }: Props) {
  const { locale, service: slug } = await params;
  const service = findService(slug);
  if (!service) notFound(); // unreachable: dynamicParams = false
  setRequestLocale(locale);
  const t = await getTranslations("Services");
  const text = dataKeys(t); // its messages are under its slug
  const tVisa = await getTranslations("Visa");
  const settings = await readSettings();
  const key = `items.${slug}`;
  const route = settings["legalization.route"];
  // Every mention of legalization or an apostille follows the Embassy's setting (facts A.2.7, C.1).
  const values = { certification: tVisa(`certification.${route.value}`) };
  // The legalization steps depend on the route the Embassy has settled on.
  const path = (name: string) =>
    slug === "legalization" && name === "documents" ? `${key}.documents.${route.value}` : `${key}.${name}`;
  const list = (name: string) =>
    text.has(path(name)) ? (text.raw(path(name)) as string[]).map((_, i) => text(`${path(name)}.${i}`, values)) : [];
  // The Embassy's legalization fee does not apply when an apostille replaces legalization.
  const fees = slug === "legalization" && route.value === "apostille_applies" ? [] : service.fees;
  const booking = appointmentServiceFor(slug);
  // The passages the Embassy edits (content blocks): their messages until a version is published.
  const block = await contentOn(locale as Locale);

  return (
    <>
      <h1>{text(`${key}.title`)}</h1>
      <ContentBlock block={block(`service.${slug}.summary`)} paragraphClassName="lead" />

      <h2>{t("whoFor")}</h2>
      <ul>
        {list("whoFor").map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>

      {slug === "legalization" && (
        <section aria-labelledby="route" className="inset">
          <h2 id="route">{text(`${key}.routeTitle`)}</h2>
          <p>
            <VerificationTag status={route.status} reviewedAt={route.reviewedAt} />
          </p>
          <p>{text(`${key}.route.${route.value}`)}</p>
        </section>
      )}
      {list("routes").length > 0 && (
        <>
          <h2>{text(`${key}.routesTitle`)}</h2>
          <ul>
            {list("routes").map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {list("facts").length > 0 && (
        <ul>
          {list("facts").map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}

      <h2>{t("documents")}</h2>
      <ol className="steps">
        {list("documents").map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>

      {fees.length > 0 && (
        <>
          <h2>{t("fees")}</h2>
          <dl className="summary-list">
            {fees.map((fee) => {
              const entry = fee.setting ? settings[fee.setting] : null;
              const amount = entry?.value as number | null | undefined;
              return (
                <div key={fee.id}>
                  <dt>{text(`${key}.fees.${fee.id}`)}</dt>
                  <dd className={amount === null ? undefined : "ltr"}>
                    {amount === null || amount === undefined ? t("feeUnknown") : t("amount", { amount })}
                  </dd>
                  <dd>{entry && <VerificationTag status={entry.status} reviewedAt={entry.reviewedAt} />}</dd>
                </div>
              );
            })}
          </dl>
          <p>{t("feeNote")}</p>
        </>
      )}

      {slug === "legalization" && (
        <section aria-labelledby="other-direction">
          <h2 id="other-direction">{text(`${key}.otherDirectionTitle`)}</h2>
          <p>{text(`${key}.otherDirection`)}</p>
        </section>
      )}

      <h2>{t("time")}</h2>
      <ContentBlock block={block(`service.${slug}.time`)} />
      <h2>{t("howToApply")}</h2>
      {slug === "death-abroad" ? (
        <p>{text(`${key}.howToApply`, { reach: await reachEmbassyInEmergency() })}</p>
      ) : (
        <ContentBlock block={block(`service.${slug}.howToApply`)} />
      )}
      {list("notes").map((note) => (
        <p key={note} className="inset">
          {note}
        </p>
      ))}
      <p className="no-print">
        <a className="button" href={getPathname({ locale, href: `/request/${service.request}` })}>
          {t("makeRequest")}
        </a>{" "}
        {booking && (
          <a className="button button--secondary" href={getPathname({ locale, href: `/appointments/${booking}` })}>
            {(await getTranslations("Appointments.links"))("book")}
          </a>
        )}
      </p>
      <p className="muted">{t("checklist")}</p>
      <ChangeAlertForm topic={`content:service:${service.slug}`} />

      <h2>{t("sources")}</h2>
      <p>
        <VerificationTag
          status={settings[`service.${service.slug}`].status}
          reviewedAt={settings[`service.${service.slug}`].reviewedAt}
        />
      </p>
      <SourceList sources={service.sources.filter((s) => !s.background)} />
      {service.sources.some((s) => s.background) && (
        <>
          <h3>{tVisa("result.background")}</h3>
          <SourceList sources={service.sources.filter((s) => s.background)} />
        </>
      )}
    </>
  );
}
