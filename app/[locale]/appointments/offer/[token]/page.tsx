import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readFormState } from "@/lib/appointments/booking-cookie";
import { OFFER_FIELDS } from "@/lib/appointments/booking-schema";
import { findOffer } from "@/lib/appointments/waitlist";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { AppointmentNotes } from "@/ui/appointments/notes";
import { OfferEnded } from "@/ui/appointments/offer-ended";
import { BookingFields, BookingFormErrors } from "@/ui/appointments/person-fields";
import { DatabaseUnavailable, unlessDatabaseDown } from "@/ui/database-unavailable";
import { confirmOfferForm, declineOfferForm } from "../../actions";

type Props = PageProps<"/[locale]/appointments/offer/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Appointments.offer" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * A wait-list offer, from the link in its e-mail: the place held, until when, and a form for
 * what a booking needs that the list did not ask (POST books it), and a "no" that passes the
 * place on at once. A link used, run out or unknown says so, without telling which.
 */
export default async function OfferPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Appointments");
  const requests = await getTranslations("Requests");
  const found = await unlessDatabaseDown(findOffer(token).then((offer) => ({ offer })));
  if (!found) return <DatabaseUnavailable locale={locale} />;
  const { offer } = found;
  const query = await searchParams;
  if (!offer) return <OfferEnded locale={locale} title={t("offer.goneTitle")} text={t("offer.gone")} />;
  const state = await readFormState(`offer:${offer.id}`);
  const errors = query.invalid && state ? state.errors : {};
  const fields = OFFER_FIELDS.filter((f) => f !== "purpose" || offer.service === "visa");
  const problem =
    query.outcome === "alreadyBooked"
      ? t("pages.alreadyBooked")
      : query.outcome === "limited"
        ? requests("errors.tooManyRequests")
        : null;
  return (
    <>
      <BookingFormErrors locale={locale} fields={fields} errors={errors} />
      {problem && (
        <div className="warning" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <h1>{t("offer.title")}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("pages.service")}</dt>
          <dd>{t(`services.${offer.service}` as "services.visa")}</dd>
        </div>
        <div>
          <dt>{t("pages.time")}</dt>
          <dd>{formatEmbassyTime(offer.start, locale)}</dd>
        </div>
        <div>
          <dt>{t("fields.name.label")}</dt>
          <dd dir="auto">{offer.name}</dd>
        </div>
      </dl>
      <p>
        <strong>{t("offer.heldUntil", { until: formatEmbassyTime(offer.expiresAt, locale) })}</strong>
      </p>
      <AppointmentNotes demo={false} />
      <form action={confirmOfferForm} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <BookingFields locale={locale} fields={fields} values={state?.values} errors={errors} />
        <button type="submit" className="button">
          {t("offer.confirm")}
        </button>
      </form>
      <p>{t("offer.declineHint")}</p>
      <form action={declineOfferForm}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--secondary">
          {t("offer.decline")}
        </button>
      </form>
    </>
  );
}
