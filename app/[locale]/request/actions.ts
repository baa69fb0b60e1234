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
import { log } from "@/lib/log";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { HONEYPOT, judgeSubmission } from "@/lib/requests/bot-check";
import { DRAFT_COOKIE, draftFromCookie, SENT_COOKIE } from "@/lib/requests/draft-cookie";
import { attachToDraft, removeDraftFile } from "@/lib/requests/draft-files";
import { createDraft, deleteDraft, markSubmitted, saveDraft, type Draft } from "@/lib/requests/drafts";
import {
  answerNames,
  ATTACHMENTS,
  CHECK,
  pageAfter,
  pagesOf,
  validateRequest,
  validateStep,
} from "@/lib/requests/journey";
import { draftsPerHour, minFillMs, submissionsPerHour } from "@/lib/requests/limits";
import { submitRequest } from "@/lib/requests/submit-request";
import { isRequestType, stepsOf, type RequestType } from "@/lib/requests/types";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { getPathname } from "@/i18n/navigation";

const HOUR_MS = 60 * 60 * 1000;

function target(data: FormData): { locale: string; type: RequestType } {
  const locale = readField(data, "locale");
  const type = readField(data, "type");
  if (!isLocale(locale) || !isRequestType(type)) redirect("/");
  return { locale, type };
}

const pageUrl = (locale: string, type: string, page: string, query = "") =>
  getPathname({ locale, href: `/request/${type}/${page}${query}` });

/** The visitor's draft for this kind of request; without one (expired or never begun) back to the start. */
async function draftFor(locale: string, type: RequestType): Promise<Draft> {
  const draft = await draftFromCookie();
  if (!draft || draft.type !== type || draft.data.submitted)
    redirect(getPathname({ locale, href: `/request/${type}?expired=1` }));
  return draft;
}

/** A refusal, as an event without personal data: the kind of request and why. */
const refused = (type: RequestType, reason: string) => log.info({ event: "request.refused", type, reason });

export async function startRequest(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  if (!(await withinLimit(`draft:${clientKey(await clientIp())}`, draftsPerHour(), HOUR_MS))) {
    refused(type, "drafts_per_hour");
    redirect(getPathname({ locale, href: `/request/${type}?limited=1` }));
  }
  const checker = type === "general_inquiry" ? readField(data, "checker").slice(0, 2000) || undefined : undefined;
  const { token } = await createDraft(type, checker);
  // A session cookie: it goes when the browser closes, and the draft itself after 24 hours.
  (await cookies()).set(DRAFT_COOKIE, token, cookieOptions());
  redirect(pageUrl(locale, type, pagesOf(type)[0]!));
}

export async function saveStep(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const stepId = readField(data, "step");
  const step = stepsOf(type).find((s) => s.id === stepId);
  if (!step) redirect(pageUrl(locale, type, pagesOf(type)[0]!));
  const draft = await draftFor(locale, type);
  for (const name of step.fields.flatMap(answerNames))
    draft.data.answers[name] = readField(data, name).slice(0, 10_000);

  const result = validateStep(type, stepId, draft.data.answers);
  if (result.ok) {
    const { [stepId]: _, ...others } = draft.data.errors;
    draft.data.errors = others;
  } else {
    draft.data.errors[stepId] = result.errors;
  }
  await saveDraft(draft);
  if (!result.ok) redirect(pageUrl(locale, type, stepId, "?invalid=1"));
  redirect(pageUrl(locale, type, readField(data, "returnTo") === CHECK ? CHECK : pageAfter(type, stepId)));
}

/**
 * The attachments page's one form: "Attach this file" stores the chosen file and stays;
 * "Continue" (its own action, so no submitter value is needed) stores it too, so a chosen
 * file is never dropped, and moves on.
 */
export async function uploadFile(data: FormData): Promise<void> {
  await attachChosenFile(data, false);
}

export async function uploadFileAndContinue(data: FormData): Promise<void> {
  await attachChosenFile(data, true);
}

async function attachChosenFile(data: FormData, moveOn: boolean): Promise<void> {
  const { locale, type } = target(data);
  const draft = await draftFor(locale, type);
  const file = data.get("file");
  // With JavaScript an empty file input arrives as an empty file named "blob": nothing chosen.
  const chosen = file instanceof File && file.size > 0;
  if (chosen || !moveOn) {
    const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const result = await attachToDraft(draft, await clientIp(), file instanceof File ? file.name : "", content);
    if (!result.ok) {
      if (result.error === "uploadLimit") refused(type, "upload_limit");
      redirect(pageUrl(locale, type, ATTACHMENTS, `?error=${result.error}`));
    }
  }
  redirect(pageUrl(locale, type, moveOn ? CHECK : ATTACHMENTS));
}

export async function removeFile(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const draft = await draftFor(locale, type);
  await removeDraftFile(draft.id, readField(data, "attachment"));
  redirect(pageUrl(locale, type, ATTACHMENTS));
}

export async function sendRequest(data: FormData): Promise<void> {
  const { locale, type } = target(data);
  const draft = await draftFor(locale, type);

  const verdict = judgeSubmission({
    honeypot: readField(data, HONEYPOT),
    startedAt: draft.startedAt,
    now: new Date(),
    minFillMs: minFillMs(),
  });
  if (verdict === "bot") {
    // The same kind of page a person gets, so a bot learns nothing; nothing is stored.
    refused(type, "honeypot");
    await deleteDraft(draft.id);
    redirect(getPathname({ locale, href: "/request/confirmation?received=1" }));
  }

  const all = validateRequest(type, draft.data.answers);
  if (!all.ok) {
    draft.data.errors[all.step] = all.errors;
    await saveDraft(draft);
    redirect(pageUrl(locale, type, all.step, "?invalid=1"));
  }
  if (readField(data, "declaration") !== "yes") redirect(pageUrl(locale, type, CHECK, "?invalid=1"));
  if (verdict === "tooQuick") {
    // Faster than anyone can answer every page: refused, but the answers stay for a person to send again.
    refused(type, "too_quick");
    redirect(pageUrl(locale, type, CHECK, "?again=1"));
  }
  if (!(await withinLimit(`submit:${clientKey(await clientIp())}`, submissionsPerHour(), HOUR_MS))) {
    refused(type, "requests_per_hour");
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
  await markSubmitted(draft, submitted);
  // The draft's cookie becomes the confirmation page's, which proxy.ts clears after that page.
  const jar = await cookies();
  const token = jar.get(DRAFT_COOKIE)!.value;
  jar.delete(DRAFT_COOKIE);
  jar.set(SENT_COOKIE, token, cookieOptions());
  after(deliverOutboxSoon);
  redirect(getPathname({ locale, href: "/request/confirmation" }));
}
