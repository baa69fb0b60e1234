import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readBooking } from "@/lib/appointments/booking-cookie";
import { SERVICE_PAGE } from "@/lib/appointments/service-pages";
import type { ServiceId } from "@/lib/appointments/slots";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { readSettings } from "@/lib/settings/read-settings";
import { VerificationTag } from "@/ui/verification-tag";
import { dataKeys } from "@/i18n/message-keys";
import { Link } from "@/i18n/navigation";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/appointments/confirmation">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Appointments.pages" });
  return { title: t("confirmedTitle"), robots: { index: false } };
}

/** What to bring: the service's own checklist (its information page, or the visa steps). */
async function checklist(service: ServiceId): Promise<string[]> {
  const t = await getTranslations();
  if (service === "visa") return [(t.raw("Visa.steps.visa_required_by") as string[])[0]!];
  const page = SERVICE_PAGE[service];
  return page ? (dataKeys(t).raw(`Services.items.${page}.documents`) as string[]) : [];
}

export default async function ConfirmationPage({ params }: PageProps<"/[locale]/appointments/confirmation">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Appointments");
  const booked = (await readBooking())?.booked;
  if (!booked) {
    return (
      <>
        <h1>{t("pages.confirmedTitle")}</h1>
        <p>{t("pages.nothingBooked")}</p>
      </>
    );
  }
  const service = booked.service as ServiceId;
  const [bring, settings] = await Promise.all([checklist(service), readSettings()]);
  const address = settings["embassy.address"];
  return (
    <>
      <div className="panel">
        <h1>{t("pages.confirmedTitle")}</h1>
        <p>{t("pages.referenceLabel")}</p>
        <p>
          <strong className="reference">{booked.reference}</strong>
        </p>
      </div>
      <dl className="summary-list">
        <div>
          <dt>{t("pages.codeLabel")}</dt>
          <dd>
            <strong className="reference">{booked.accessCode}</strong>
          </dd>
        </div>
        <div>
          <dt>{t("pages.service")}</dt>
          <dd>{t(`services.${service}`)}</dd>
        </div>
        <div>
          <dt>{t("pages.time")}</dt>
          <dd>{formatEmbassyTime(new Date(booked.start), locale)}</dd>
        </div>
      </dl>
      <p>{t("pages.keep")}</p>
      <p className="inset">
        <strong>{t("pages.free")}</strong>
      </p>
      <h2>{t("pages.whereTitle")}</h2>
      {address.value ? (
        <>
          <p dir="auto" className="pre-line">
            {address.value}
          </p>
          <p>
            <VerificationTag status={address.status} reviewedAt={address.reviewedAt} />
          </p>
        </>
      ) : (
        <p>{t("pages.addressNotPublished")}</p>
      )}
      <h2>{t("pages.bringTitle")}</h2>
      <ul>
        <li>{t("pages.bringPassport")}</li>
        {bring.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <Link locale={locale} href="/appointments/manage">
          {t("pages.manageLink")}
        </Link>
      </p>
    </>
  );
}
