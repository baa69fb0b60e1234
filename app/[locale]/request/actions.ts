"use server";
/**
 * The request form's actions. Each is a public POST endpoint and checks everything itself.
 * They follow post/redirect/get: save to the server-side draft, then redirect, so every page
 * works without JavaScript and the back button never re-submits anything.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isLocale } from "@/i18n/locales";
import { readField } from "@/lib/form-data";
import { clientIp } from "@/lib/client-ip";
import { cookieOptions } from "@/lib/cookie-security";
import { encryptBytes, verifySigned } from "@/lib/crypto/protect";
import { db } from "@/lib/db/client";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { DRAFT_COOKIE, draftFromCookie, HONEYPOT, MIN_FILL_MS, SHOWN_AT } from "@/lib/requests/draft-cookie";
import { createDraft, DRAFT_LIFETIME_MS, saveDraft, type Draft } from "@/lib/requests/drafts";
import { ATTACHMENTS, CHECK, pageAfter, pagesOf, validateRequest, validateStep } from "@/lib/requests/journey";
import { submissionsPerHour } from "@/lib/requests/limits";
import { submitRequest } from "@/lib/requests/submit-request";
import { isRequestType, stepsOf, type RequestType } from "@/lib/requests/types";
import { checkUpload } from "@/lib/requests/uploads";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";


function target(data: FormData): { locale: string; type: RequestType } {
  const locale = readField(data, "locale");
  const type = readField(data, "type");
  if (!isLocale(locale) || !isRequestType(type)) redirect("/");
  return { locale, type };
}

const pageUrl = (locale: string, type: string, page: string, query = "") => `/${locale}/request/${type}/${page}${query}`;

/** The visitor's draft for this kind of request; without one (expired or never begun) back to the start. */
async function draftFor(locale: string, type: RequestType): Promise<Draft> {
  const draft = await draftFromCookie();
  if (!draft || draft.type !== type || draft.data.submitted) redirect(`/${locale}/request/${type}?expired=1`);
  return draft;
}

export async function startRequest(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const checker = type === "general_inquiry" ? readField(data, "checker").slice(0, 2000) || undefined : undefined;
  const { token } = await createDraft(type, checker);
  (await cookies()).set(DRAFT_COOKIE, token, cookieOptions(DRAFT_LIFETIME_MS / 1000));
  redirect(pageUrl(locale, type, pagesOf(type)[0]!));
}

export async function saveStep(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const stepId = readField(data, "step");
  const step = stepsOf(type).find((s) => s.id === stepId);
  if (!step) redirect(pageUrl(locale, type, pagesOf(type)[0]!));
  const draft = await draftFor(locale, type);
  for (const field of step.fields) draft.data.answers[field.name] = readField(data, field.name).slice(0, 10_000);

  const result = validateStep(type, stepId, draft.data.answers);
  draft.data.completed = draft.data.completed.filter((s) => s !== stepId);
  if (result.ok) {
    delete draft.data.errors[stepId];
    draft.data.completed.push(stepId);
  } else {
    draft.data.errors[stepId] = result.errors;
  }
  await saveDraft(draft);
  if (!result.ok) redirect(pageUrl(locale, type, stepId, "?invalid=1"));
  redirect(pageUrl(locale, type, readField(data, "returnTo") === CHECK ? CHECK : pageAfter(type, stepId)));
}

export async function uploadFile(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const draft = await draftFor(locale, type);
  const file = data.get("file");
  const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const attached = await db.attachment.count({ where: { draftId: draft.id } });
  const check = checkUpload(file instanceof File ? file.name : "", content, attached);
  if (!check.ok) redirect(pageUrl(locale, type, ATTACHMENTS, `?error=${check.error}`));
  await db.attachment.create({
    data: {
      draftId: draft.id,
      filename: check.filename,
      mimeType: check.mimeType,
      size: content.byteLength,
      content: new Uint8Array(encryptBytes(Buffer.from(content))),
    },
  });
  redirect(pageUrl(locale, type, ATTACHMENTS));
}

export async function removeFile(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const draft = await draftFor(locale, type);
  await db.attachment.deleteMany({ where: { id: readField(data, "attachment"), draftId: draft.id } });
  redirect(pageUrl(locale, type, ATTACHMENTS));
}

export async function sendRequest(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const draft = await draftFor(locale, type);

  const shownAt = Number(verifySigned(readField(data, SHOWN_AT)) ?? NaN);
  const looksLikeBot = readField(data, HONEYPOT) !== "" || !(Date.now() - shownAt >= MIN_FILL_MS);
  if (looksLikeBot) {
    // The same kind of page a person gets, so a bot learns nothing; nothing is stored.
    await db.draft.delete({ where: { id: draft.id } });
    redirect(`/${locale}/request/confirmation?received=1`);
  }

  const all = validateRequest(type, draft.data.answers);
  if (!all.ok) {
    draft.data.errors[all.step] = all.errors;
    await saveDraft(draft);
    redirect(pageUrl(locale, type, all.step, "?invalid=1"));
  }
  if (readField(data, "declaration") !== "yes") redirect(pageUrl(locale, type, CHECK, "?invalid=1"));
  if (!(await withinLimit(`submit:${clientKey(await clientIp())}`, submissionsPerHour(), 60 * 60 * 1000))) {
    redirect(pageUrl(locale, type, CHECK, "?limited=1"));
  }

  const submitted = await submitRequest({
    type,
    locale,
    answers: all.values,
    checker: draft.data.checker,
    draftId: draft.id,
    origin: publicOrigin(),
  });
  draft.data = { answers: {}, completed: [], errors: {}, submitted };
  await saveDraft(draft);
  after(deliverOutboxSoon);
  redirect(`/${locale}/request/confirmation`);
}
