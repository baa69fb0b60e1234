"use server";
/**
 * "Tell me if this changes": signing up, confirming, unsubscribing. Each redirects
 * (post/redirect/get), so they work without JavaScript; no address they redirect to carries
 * the link's secret.
 */
import { isLocale } from "@/i18n/locales";
import { redirect } from "@/i18n/navigation";
import { confirmAlert, subscribe, unsubscribe } from "@/lib/changes/alerts";
import { isTopic } from "@/lib/changes/content-blocks";
import { clientIp } from "@/lib/client-ip";
import { readField } from "@/lib/form-data";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { submissionsPerHour } from "@/lib/requests/limits";

const HOUR = 60 * 60 * 1000;
const localeOf = (data: FormData) => {
  const locale = readField(data, "locale");
  return isLocale(locale) ? locale : "en";
};

export async function requestChangeAlert(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const topic = readField(data, "topic");
  if (!isTopic(topic)) redirect({ locale, href: "/changes" });
  // Each sign-up sends an e-mail: it counts against the client's hourly requests, as a request does.
  if (!(await withinLimit(`alert:${clientKey(await clientIp())}`, submissionsPerHour(), HOUR)))
    redirect({ locale, href: "/changes/alerts?error=limit" });
  const result = await subscribe(readField(data, "email"), topic, locale);
  if (!result.ok) redirect({ locale, href: `/changes/alerts?error=email&topic=${encodeURIComponent(topic)}` });
  void deliverOutboxSoon();
  redirect({ locale, href: "/changes/alerts?done=sent" });
}

export async function confirmChangeAlert(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const result = await confirmAlert(readField(data, "token"));
  redirect({ locale, href: `/changes/alerts?${result.ok ? "done=confirmed" : "error=link"}` });
}

export async function unsubscribeChangeAlert(data: FormData): Promise<void> {
  const locale = localeOf(data);
  await unsubscribe(readField(data, "token"));
  redirect({ locale, href: "/changes/alerts?done=unsubscribed" });
}
