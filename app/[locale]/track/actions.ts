"use server";
/** The applicant's actions on the tracking page: answer the Embassy, or withdraw the request. */
import { redirect } from "next/navigation";
import { isLocale } from "@/i18n/locales";
import { readField } from "@/lib/form-data";
import { clientIp } from "@/lib/client-ip";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { lookupsPerHour } from "@/lib/requests/limits";
import { longText } from "@/lib/requests/fields";
import { replyToRequest, withdrawRequest, type Upload } from "@/lib/requests/track-request";
import { checkUpload } from "@/lib/requests/uploads";

function trackUrl(data: FormData, outcome: string): string {
  const locale = readField(data, "locale");
  const query = new URLSearchParams({ reference: readField(data, "reference"), code: readField(data, "code"), outcome });
  return `/${isLocale(locale) ? locale : "en"}/track?${query}`;
}

async function allowed(): Promise<boolean> {
  return withinLimit(`track-action:${clientKey(await clientIp())}`, lookupsPerHour(), 60 * 60 * 1000);
}

export async function answerEmbassy(data: FormData): Promise<void> {
  if (!(await allowed())) redirect(trackUrl(data, "tooMany"));
  const text = longText.safeParse(readField(data, "answer"));
  if (!text.success) redirect(trackUrl(data, `error:${text.error.issues[0]?.message ?? "required"}`));
  const files: Upload[] = [];
  const file = data.get("file");
  if (file instanceof File && file.size > 0) {
    const content = new Uint8Array(await file.arrayBuffer());
    const check = checkUpload(file.name, content, 0);
    if (!check.ok) redirect(trackUrl(data, `error:${check.error}`));
    files.push({ filename: check.filename, mimeType: check.mimeType, content });
  }
  const result = await replyToRequest(readField(data, "reference"), readField(data, "code"), text.data, files);
  redirect(trackUrl(data, result.ok ? "replied" : result.error));
}

export async function withdraw(data: FormData): Promise<void> {
  if (!(await allowed())) redirect(trackUrl(data, "tooMany"));
  const result = await withdrawRequest(readField(data, "reference"), readField(data, "code"));
  redirect(trackUrl(data, result.ok ? "withdrawn" : result.error));
}
