/**
 * The e-mails of an appointment, in the applicant's language, through the outbox. They say
 * the reference, the service and the time (Karachi), never the passport number; the
 * confirmation carries a calendar file (.ics, ical-generator).
 */
import ical, { ICalCalendarMethod } from "ical-generator";
// use-intl/core (the library under next-intl, same version): createTranslator without React.
// Under the react-server condition the command-line tools run with (README, Security),
// "next-intl" resolves to its server-component entry, which loads a client provider and fails
// outside Next ("createContext is not a function").
import { createTranslator } from "use-intl/core";
import be from "../../i18n/messages/be.json";
import en from "../../i18n/messages/en.json";
import ru from "../../i18n/messages/ru.json";
import ur from "../../i18n/messages/ur.json";
import { isLocale } from "../../i18n/locales";
import type { Prisma } from "../db/generated/client";
import { formatEmbassyTime } from "../embassy-time";

const MESSAGES = { en, ru, be, ur };

export type BookingEmail = {
  recipient: string;
  locale: string;
  reference: string;
  service: string;
  start: Date;
  durationMinutes: number;
  origin: string;
  address?: string;
  /**
   * The calendar file's revision (SEQUENCE): 0 when booked; a move gives the seconds since the
   * booking was made, so each later file outranks the earlier and calendars replace the event
   * with the same id instead of keeping the old time (RFC 5545, 3.8.7.4).
   */
  sequence?: number;
};

function translator(locale: string) {
  const lang = isLocale(locale) ? locale : "en";
  return { lang, t: createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: "Appointments" }) };
}

export function manageUrl(origin: string, locale: string): string {
  return `${origin}/${locale}/appointments/manage`;
}

/** The calendar file: one event, in UTC (every calendar shows it in its own zone), with the reference as its id. */
export function calendarFile(email: BookingEmail): string {
  const { t } = translator(email.locale);
  const calendar = ical({
    prodId: { company: "Embassy of the Republic of Belarus in Pakistan", product: "Consular Helper" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${email.reference}@consular-helper`,
    sequence: email.sequence ?? 0,
    start: email.start,
    end: new Date(email.start.getTime() + email.durationMinutes * 60_000),
    summary: t("email.eventSummary", { service: t(`services.${email.service}` as "services.visa") }),
    description: t("email.eventDescription", { reference: email.reference }),
    location: email.address || t("email.addressToBeConfirmed"),
  });
  return calendar.toString();
}

type EmailText = Pick<BookingEmail, "locale" | "reference" | "service" | "start" | "origin">;

function emailText(email: EmailText, kind: "booked" | "reminder"): { subject: string; body: string } {
  const { lang, t } = translator(email.locale);
  const values = {
    reference: email.reference,
    service: t(`services.${email.service}` as "services.visa"),
    time: formatEmbassyTime(email.start, lang),
    link: manageUrl(email.origin, lang),
  };
  return kind === "booked"
    ? { subject: t("email.subject", values), body: t("email.body", values) }
    : { subject: t("email.reminderSubject", values), body: t("email.reminderBody", values) };
}

export const composeBookingEmail = (email: EmailText) => emailText(email, "booked");
export const composeReminderEmail = (email: EmailText) => emailText(email, "reminder");

export async function enqueueBookingEmail(tx: Prisma.TransactionClient, email: BookingEmail): Promise<void> {
  const { subject, body } = composeBookingEmail(email);
  await tx.outboxMessage.create({
    data: {
      recipient: email.recipient,
      subject,
      body,
      attachmentName: `${email.reference}.ics`,
      attachmentType: "text/calendar; charset=utf-8",
      attachmentContent: calendarFile(email),
    },
  });
}

export type OfferEmail = {
  recipient: string;
  locale: string;
  service: string;
  start: Date;
  expiresAt: Date;
  link: string;
};

/** A wait-list offer: the freed time, until when it is held, and the one-time link to confirm it (lib/appointments/waitlist.ts). */
export function composeOfferEmail(email: Omit<OfferEmail, "recipient">): { subject: string; body: string } {
  const { lang, t } = translator(email.locale);
  const values = {
    service: t(`services.${email.service}` as "services.visa"),
    time: formatEmbassyTime(email.start, lang),
    until: formatEmbassyTime(email.expiresAt, lang),
    link: email.link,
  };
  return { subject: t("email.offerSubject", values), body: t("email.offerBody", values) };
}

export async function enqueueOfferEmail(tx: Prisma.TransactionClient, email: OfferEmail): Promise<void> {
  const { subject, body } = composeOfferEmail(email);
  await tx.outboxMessage.create({ data: { recipient: email.recipient, subject, body } });
}
