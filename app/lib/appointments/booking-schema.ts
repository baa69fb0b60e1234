/**
 * What a booking carries, validated the same way for the API and the pages. Error messages
 * are message keys (Requests.errors.* for the fields shared with requests).
 */
import { z } from "zod";
import { LOCALES } from "../../i18n/locales";
import { email, passportNumber, personName, phone, shortText } from "../requests/fields";
import { lastDayOfRange, SERVICE_IDS } from "./slots";

export const serviceIdSchema = z.enum(SERVICE_IDS, { error: "choose" });

export const bookingSchema = z.strictObject({
  service: serviceIdSchema,
  start: z.iso
    .datetime({ offset: true, error: "dateTime" })
    .describe("The slot's start, ISO 8601 with offset, as given by /api/v1/appointments/slots"),
  name: personName,
  email,
  phone,
  passportNumber,
  /** The purpose of the visit; the pages ask it for a visa. */
  purpose: shortText.optional(),
  locale: z.enum(LOCALES, { error: "choose" }),
});
/** What the details page asks, in its order (the purpose only for a visa). */
export const DETAIL_FIELDS = ["name", "email", "phone", "passportNumber", "purpose"] as const;

export type Booking = z.output<typeof bookingSchema>;

const day = z.iso.date({ error: "date" });
export const slotsQuerySchema = z.strictObject({ service: serviceIdSchema, from: day, to: day });

export const SlotsResponseSchema = z.object({
  slots: z.array(
    z.object({
      service: serviceIdSchema,
      start: z.string().describe("ISO 8601 with the Embassy's offset (+05:00)"),
      remaining: z.int().min(1),
    }),
  ),
});
export const BookingResponseSchema = z.object({ reference: z.string(), accessCode: z.string(), start: z.string() });

/** The first error of each field, as message keys (the pages show one per field). */
export function firstErrors(error: z.ZodError | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/** Zod issues as the API names them: the field and a message key. */
export const fieldErrors = (error: z.ZodError) =>
  error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: key, message: "unknownField" }))
      : [{ field: String(issue.path[0] ?? ""), message: issue.message }],
  );

const isDay = (value: unknown) => day.safeParse(value).success;

/** Joining a service's wait-list for a range of Karachi days (the pages' form). */
export const waitlistSchema = z
  .strictObject({
    service: serviceIdSchema,
    fromDay: day,
    toDay: day,
    name: personName,
    email,
    locale: z.enum(LOCALES, { error: "choose" }),
  })
  // Zod runs the check even when a day failed its own (the summary names every field): only two real days are compared.
  .refine(
    (entry) =>
      !(isDay(entry.fromDay) && isDay(entry.toDay)) ||
      (entry.fromDay <= entry.toDay && entry.toDay <= lastDayOfRange(entry.fromDay)),
    { path: ["toDay"], error: "dateRange" },
  );
export const WAITLIST_FIELDS = ["fromDay", "toDay", "name", "email"] as const;
export type WaitlistJoin = z.output<typeof waitlistSchema>;

/** What confirming a wait-list offer asks (the rest comes from the entry), as a booking does. */
export const offerDetailsSchema = bookingSchema.pick({ phone: true, passportNumber: true, purpose: true });
export const OFFER_FIELDS = ["phone", "passportNumber", "purpose"] as const;
