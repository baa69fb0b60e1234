"use server";
/**
 * The applicant's actions on the tracking pages: look a request (or an appointment) up, answer the Embassy,
 * withdraw, finish, ask for a new access code. Each redirects (post/redirect/get), so they
 * work without JavaScript; no address they redirect to carries an access code.
 */
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isLocale } from "@/i18n/locales";
import { writeManagedReference } from "@/lib/appointments/booking-cookie";
import { findAppointmentByCode } from "@/lib/appointments/manage";
import { managePath } from "@/lib/appointments/manage-paths";
import { readField } from "@/lib/form-data";
import { clientIp } from "@/lib/client-ip";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";
import { lookupsPerHour } from "@/lib/requests/limits";
import { longText } from "@/lib/requests/fields";
import { sendNewAccessCode } from "@/lib/requests/new-access-code";
import { normalizeReference } from "@/lib/requests/reference";
import {
  accessByCode,
  accessFromSession,
  endTrackingSession,
  startTrackingSession,
} from "@/lib/requests/tracking-access";
import { replyToRequest, withdrawRequest, type Upload } from "@/lib/requests/track-request";
import { checkUpload, MAX_FILES } from "@/lib/requests/uploads";
import { trackPath } from "@/lib/requests/track-paths";

const HOUR = 60 * 60 * 1000;
const localeOf = (data: FormData) => {
  const locale = readField(data, "locale");
  return isLocale(locale) ? locale : "en";
};
/** The reference as typed, for the form to show again: never anything else the form held. */
const typedReference = (data: FormData) => readField(data, "reference").slice(0, 40);

async function withinLookups(): Promise<boolean> {
  return withinLimit(`track:${clientKey(await clientIp())}`, lookupsPerHour(), HOUR);
}

/** The look-up form: a right code opens a session for the request and shows it. */
export async function lookUp(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const reference = typedReference(data);
  if (!(await withinLookups())) redirect(trackPath(locale, { reference, outcome: "tooMany" }));
  const code = readField(data, "code");
  const access = await accessByCode(reference, code);
  if (!access) {
    // An appointment's reference has the same format, and this form opens it too (the same
    // attempt, counted once): it is changed or cancelled on the tracking page.
    const appointment = await findAppointmentByCode(reference, code.slice(0, 40));
    if (!appointment) redirect(trackPath(locale, { reference, outcome: "notFound" }));
    await writeManagedReference(appointment.reference);
    redirect(managePath(locale, "track"));
  }
  await startTrackingSession(access);
  redirect(trackPath(locale, { request: access.reference }));
}

/** The request the form names, opened by this browser's session, or back to the look-up form. */
async function sessionOrLookUp(data: FormData) {
  const locale = localeOf(data);
  const reference = typedReference(data);
  const access = await accessFromSession(reference);
  if (!access) redirect(trackPath(locale, { reference, outcome: "signIn" }));
  return { locale, access };
}

async function withinActions(): Promise<boolean> {
  return withinLimit(`track-action:${clientKey(await clientIp())}`, lookupsPerHour(), HOUR);
}

export async function answerEmbassy(data: FormData): Promise<void> {
  const { locale, access } = await sessionOrLookUp(data);
  const back = (outcome: string) => trackPath(locale, { request: access.reference, outcome });
  if (!(await withinActions())) redirect(back("tooMany"));
  const text = longText.safeParse(readField(data, "answer"));
  if (!text.success) redirect(back(`error:${text.error.issues[0]?.message ?? "required"}`));
  const chosen = data.getAll("files").filter((file): file is File => file instanceof File && file.size > 0);
  if (chosen.length > MAX_FILES) redirect(back("error:tooManyFiles"));
  const files: Upload[] = [];
  for (const file of chosen) {
    const content = new Uint8Array(await file.arrayBuffer());
    const check = checkUpload(file.name, content, files.length);
    if (!check.ok) redirect(back(`error:${check.error}`));
    files.push({ filename: check.filename, mimeType: check.mimeType, content });
  }
  const result = await replyToRequest(access, text.data, files);
  redirect(back(result.ok ? "replied" : result.error));
}

export async function withdraw(data: FormData): Promise<void> {
  const { locale, access } = await sessionOrLookUp(data);
  if (!(await withinActions())) redirect(trackPath(locale, { request: access.reference, outcome: "tooMany" }));
  const reason = longText.optional().safeParse(readField(data, "reason") || undefined);
  if (!reason.success)
    redirect(
      trackPath(locale, {
        request: access.reference,
        withdraw: true,
        outcome: `error:${reason.error.issues[0]?.message ?? "required"}`,
      }),
    );
  const result = await withdrawRequest(access, reason.data ?? null);
  redirect(trackPath(locale, { request: access.reference, outcome: result.ok ? "withdrawn" : result.error }));
}

/** Ends this browser's session (a shared computer): the request needs its code again. */
export async function finish(data: FormData): Promise<void> {
  await endTrackingSession();
  redirect(trackPath(localeOf(data), { outcome: "finished" }));
}

/**
 * A new access code, e-mailed to the address the request gave. The answer is the same
 * whether or not the reference and address match, and comes before the work is done (after
 * the response), so neither the words nor the time it takes tell them apart.
 */
export async function requestNewCode(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const ip = clientKey(await clientIp());
  const reference = normalizeReference(typedReference(data));
  const email = readField(data, "email").slice(0, 320);
  if (!reference || !email.includes("@"))
    redirect(trackPath(locale, { newCode: true, reference: typedReference(data), outcome: "error:newCodeInvalid" }));
  // Per client (as many as look-ups: each answer reveals nothing), and per reference: three a
  // day, so nobody can flood an applicant's inbox or keep replacing their code.
  const allowed =
    (await withinLimit(`new-code:${ip}`, lookupsPerHour(), HOUR)) &&
    (await withinLimit(`new-code-ref:${reference}`, 3, 24 * HOUR));
  if (!allowed) redirect(trackPath(locale, { newCode: true, reference, outcome: "tooMany" }));
  const origin = publicOrigin();
  after(async () => {
    await sendNewAccessCode(reference, email, origin);
    await deliverOutboxSoon();
  });
  redirect(trackPath(locale, { newCode: true, reference, outcome: "codeSent" }));
}
