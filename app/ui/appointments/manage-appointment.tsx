import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cancelAppointment, closeAppointment, lookUpAppointment } from "@/[locale]/appointments/actions";
import { readManagedReference } from "@/lib/appointments/booking-cookie";
import { findAppointment } from "@/lib/appointments/manage";
import type { ManagePlace } from "@/lib/appointments/manage-paths";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { LookUpForm } from "../track/look-up-form";
import { getPathname } from "@/i18n/navigation";
import { Notice } from "../notice";

const NOTICES = ["notFound", "tooMany", "expired", "notAllowed", "cancelled"] as const;

/**
 * Change or cancel an appointment, on its own page or on the tracking page (`place`): a POST
 * look-up with the reference and access code (never in the address; on the tracking page its
 * own form, which opens requests and appointments alike), then the booking this browser opened,
 * held by a short-lived HttpOnly cookie. Changing is cancelling and booking again.
 */
export async function ManageAppointment({
  locale,
  place,
  notice,
}: {
  locale: string;
  place: ManagePlace;
  notice?: string;
}) {
  const t = await getTranslations("Appointments");
  const reference = await readManagedReference();
  const appointment = reference ? await findAppointment(reference) : null;
  const shown = NOTICES.find((n) => n === notice);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="place" value={place} />
    </>
  );
  return (
    <>
      {shown && <Notice kind={shown === "cancelled" ? "done" : "error"} text={t(`manage.${shown}`)} />}
      {appointment ? (
        <>
          <dl className="summary-list">
            <div>
              <dt>{t("pages.referenceLabel")}</dt>
              <dd className="ltr">{appointment.reference}</dd>
            </div>
            <div>
              <dt>{t("pages.service")}</dt>
              <dd>{t(`services.${appointment.service}` as "services.visa")}</dd>
            </div>
            <div>
              <dt>{t("pages.time")}</dt>
              <dd>{formatEmbassyTime(appointment.start, locale)}</dd>
            </div>
            <div>
              <dt>{t("manage.status")}</dt>
              <dd>
                <strong>{t(`statuses.${appointment.status}` as "statuses.booked")}</strong>
              </dd>
            </div>
          </dl>
          {appointment.status === "booked" && (
            <section aria-labelledby="cancel">
              <h2 id="cancel">{t("manage.cancelTitle")}</h2>
              <p>{t("manage.cancelHint")}</p>
              <form action={cancelAppointment}>
                {hidden}
                <button type="submit" className="button button--secondary">
                  {t("manage.cancelButton")}
                </button>
              </form>
            </section>
          )}
          <p>{t("manage.change")}</p>
          <p>
            <a
              className="button button--secondary"
              href={getPathname({ locale, href: `/appointments/${appointment.service}` })}
            >
              {t("manage.rebook")}
            </a>
          </p>
          <form action={closeAppointment}>
            {hidden}
            <button type="submit" className="link-button">
              {t("manage.close")}
            </button>
          </form>
        </>
      ) : place === "track" ? (
        <LookUpForm locale={locale} reference="" />
      ) : (
        <form action={lookUpAppointment} noValidate>
          {hidden}
          <p>{t("manage.lead")}</p>
          <div className="form-group">
            <label className="label" htmlFor="reference">
              {t("pages.referenceLabel")}
            </label>
            <input
              className="input input--narrow"
              id="reference"
              name="reference"
              dir="ltr"
              autoCapitalize="characters"
              spellCheck={false}
              autoComplete="off"
            />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="code">
              {t("pages.codeLabel")}
            </label>
            <input
              className="input input--narrow"
              id="code"
              name="code"
              dir="ltr"
              autoCapitalize="characters"
              spellCheck={false}
              autoComplete="off"
            />
          </div>
          <button type="submit" className="button">
            {t("manage.find")}
          </button>
        </form>
      )}
    </>
  );
}

/** The whole page, on either address: the outcome of the last action comes as `?error=` or `?done=`. */
export async function ManageAppointmentPage({
  locale,
  place,
  query,
}: {
  locale: string;
  place: ManagePlace;
  query: Record<string, string | string[] | undefined>;
}) {
  setRequestLocale(locale);
  const t = await getTranslations("Appointments.manage");
  const notice =
    typeof query.error === "string" ? query.error : typeof query.done === "string" ? query.done : undefined;
  return (
    <>
      <h1>{t("title")}</h1>
      <ManageAppointment locale={locale} place={place} notice={notice} />
    </>
  );
}

/** Its title; never indexed (it is someone's booking). */
export async function manageAppointmentMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Appointments.manage" });
  return { title: t("title"), robots: { index: false } };
}
