import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";
import { readFormState, staffBookingForm } from "@/lib/appointments/booking-cookie";
import { DETAIL_FIELDS } from "@/lib/appointments/booking-schema";
import { isServiceId } from "@/lib/appointments/slots";
import { embassyDay, embassyIso, formatEmbassyTime } from "@/lib/embassy-time";
import { requireStaff } from "@/lib/staff/current-staff";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { BookingFields, BookingFormErrors } from "@/ui/appointments/person-fields";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { bookForSomeone } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Appointments"))("book.title") };
}

/**
 * Booking someone into a slot on their behalf (by phone, at the desk): the person's details
 * as the public form asks them, and the language of their e-mails. One POST; the same
 * database rule and one-booking-per-passport rule as the public's booking.
 */
export default async function BookOnBehalfPage({ searchParams }: PageProps<"/staff/appointments/book">) {
  await requireStaff();
  const [query, t, locale] = [await searchParams, await staffTranslations("Appointments"), await staffLocale()];
  const service = typeof query.service === "string" && isServiceId(query.service) ? query.service : null;
  const start = typeof query.start === "string" ? new Date(query.start.slice(0, 40)) : null;
  if (!service || !start || Number.isNaN(start.getTime())) redirect("/staff/appointments");
  const startIso = embassyIso(start);
  const state = await readFormState(staffBookingForm(service, startIso));
  const errors = query.invalid && state ? state.errors : {};
  const fields = DETAIL_FIELDS.filter((f) => f !== "purpose" || service === "visa");
  const notice = noticeFrom(query, {
    slotFull: t("error.slotFull"),
    notASlot: t("error.notASlot"),
    alreadyBooked: t("error.alreadyBooked"),
  });
  const chosen = state?.values.locale ?? "ur";
  return (
    <>
      <BookingFormErrors locale={locale} fields={fields} errors={errors} />
      <Notice kind={notice.kind} text={notice.text} />
      <h1>{t("book.title")}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("columns.service")}</dt>
          <dd>{t(`services.${service}`)}</dd>
        </div>
        <div>
          <dt>{t("columns.time")}</dt>
          <dd>{formatEmbassyTime(start, locale)}</dd>
        </div>
      </dl>
      <p>{t("book.lead")}</p>
      <form action={bookForSomeone} noValidate>
        <input type="hidden" name="service" value={service} />
        <input type="hidden" name="start" value={startIso} />
        <input type="hidden" name="day" value={embassyDay(start)} />
        <BookingFields locale={locale} fields={fields} values={state?.values} errors={errors} />
        <FormGroup id="locale" label={t("book.language")} hint={t("book.languageHint")}>
          {(control) => (
            <select {...control} className="select" defaultValue={chosen}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <button type="submit" className="button">
          {t("book.submit")}
        </button>
      </form>
      <p>
        <a href={`/staff/appointments?day=${embassyDay(start)}`}>{t("move.back")}</a>
      </p>
    </>
  );
}
