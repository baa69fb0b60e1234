/**
 * "Tell me if this changes": a visitor leaves an e-mail address on a result or service page;
 * it is used for nothing but telling them when a published change touches that rule or page.
 * Double opt-in: the first e-mail only asks to confirm, and an address nobody confirms is
 * deleted after 7 days. Every e-mail carries a one-click unsubscribe link (and a
 * List-Unsubscribe header); unsubscribing deletes the address, and so does 12 months
 * without a change to tell (the privacy notice says both). The link's secret is stored only
 * as its SHA-256.
 *
 * Queuing the alerts of a published version is claimed (alertsQueuedAt, set once by a
 * conditional update, in the transaction that writes the e-mails to the outbox), so with two
 * instances each subscriber still gets one e-mail; the outbox then sends each message once.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { createTranslator } from "use-intl/core";
import { isLocale, type Locale } from "../../i18n/locales";
import { hashSecret } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { embassyDay } from "../embassy-time";
import { emailMessages } from "../notifications/outbox";
import { publicOrigin } from "../public-origin";
import { recordAudit } from "../staff/audit";
import { topicOf, topicPath, topicTitle, type Topic } from "./content-blocks";
import { whatChanged } from "./describe";
import { parsePayload, type Kind } from "./payloads";
import { isRuleId, rulesAffectedBy } from "./rule-kind";

const DAY_MS = 24 * 60 * 60 * 1000;
export const UNCONFIRMED_DAYS = 7;
export const QUIET_MONTHS = 12;

export const normalizeEmail = (email: string): string | null => {
  const value = email.trim().toLowerCase();
  return value.length <= 200 && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? value : null;
};

const links = (locale: Locale, token: string) => ({
  confirm: `${publicOrigin()}/${locale}/changes/alerts?confirm=${token}`,
  unsubscribe: `${publicOrigin()}/${locale}/changes/alerts?unsubscribe=${token}`,
  oneClick: `${publicOrigin()}/api/v1/alerts/unsubscribe?token=${token}`,
});

/** Confirmation e-mails one address may be sent in a day, over all topics: nobody can flood a stranger's inbox. */
export const CONFIRMATIONS_PER_DAY = 3;

/**
 * Signs an address up for a topic and queues the confirmation e-mail. The answer is the same
 * whether or not the address was already there (nobody learns who watches what); an address
 * already confirmed gets no second e-mail, one asked within the last day is not asked again
 * (its link keeps working), and no address is asked more than CONFIRMATIONS_PER_DAY times a
 * day. An unconfirmed row's `lastNoticeAt` is when it was last asked.
 */
export async function subscribe(
  email: string,
  topic: Topic,
  locale: Locale,
  now = new Date(),
): Promise<{ ok: boolean }> {
  const address = normalizeEmail(email);
  if (!address) return { ok: false };
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const existing = await db.changeAlert.findUnique({ where: { email_topic: { email: address, topic } } });
  if (existing?.confirmedAt || (existing && existing.lastNoticeAt > dayAgo)) return { ok: true };
  const token = randomBytes(24).toString("base64url");
  await db.$transaction(async (tx) => {
    const askedToday = await tx.changeAlert.count({
      where: { email: address, confirmedAt: null, lastNoticeAt: { gt: dayAgo } },
    });
    if (askedToday >= CONFIRMATIONS_PER_DAY) return;
    const row = await tx.changeAlert.upsert({
      where: { email_topic: { email: address, topic } },
      create: { email: address, topic, locale, tokenHash: hashSecret(token), createdAt: now, lastNoticeAt: now },
      update: { locale, tokenHash: hashSecret(token), lastNoticeAt: now },
    });
    const { lang, messages } = emailMessages(locale);
    const t = createTranslator({ locale: lang, messages, namespace: "Changes.email" });
    const link = links(lang, token);
    const title = topicTitle(topic, lang);
    await tx.outboxMessage.create({
      data: {
        recipient: address,
        subject: t("confirmSubject", { title }),
        body: t("confirmBody", { title, confirm: link.confirm, unsubscribe: link.unsubscribe, days: UNCONFIRMED_DAYS }),
        listUnsubscribe: link.oneClick,
      },
    });
    await recordAudit(
      { actor: "public", action: "alert.requested", targetType: "alert", targetId: row.id, details: { topic } },
      tx,
    );
  });
  return { ok: true };
}

export async function confirmAlert(token: string, now = new Date()): Promise<{ ok: boolean }> {
  if (!token) return { ok: false };
  return db.$transaction(async (tx) => {
    const row = await tx.changeAlert.findUnique({ where: { tokenHash: hashSecret(token) } });
    if (!row) return { ok: false };
    if (!row.confirmedAt) {
      await tx.changeAlert.update({ where: { id: row.id }, data: { confirmedAt: now, lastNoticeAt: now } });
      await recordAudit(
        {
          actor: "public",
          action: "alert.confirmed",
          targetType: "alert",
          targetId: row.id,
          details: { topic: row.topic },
        },
        tx,
      );
    }
    return { ok: true };
  });
}

/**
 * Deletes the address, for every topic: one e-mail speaks for several (a rule, the rules it
 * affects, the visa pages), and whoever says "no more" means all of them. Unknown or spent
 * tokens answer the same.
 */
export async function unsubscribe(token: string): Promise<void> {
  if (!token) return;
  await db.$transaction(async (tx) => {
    const row = await tx.changeAlert.findUnique({ where: { tokenHash: hashSecret(token) } });
    if (!row) return;
    await tx.changeAlert.deleteMany({ where: { email: row.email } });
    await recordAudit(
      {
        actor: "public",
        action: "alert.unsubscribed",
        targetType: "alert",
        targetId: row.id,
        details: { topic: row.topic },
      },
      tx,
    );
  });
}

/**
 * The background job's part, every minute on every instance: proposals whose day has come
 * become published, and each published version in force gets its alerts queued, once.
 */
export async function publishDueChanges(now = new Date()): Promise<{ published: number; alerts: number }> {
  const today = embassyDay(now);
  let published = 0;
  for (const proposal of await db.changeProposal.findMany({
    where: { status: "scheduled", effectiveDay: { lte: today } },
    select: { id: true },
  })) {
    published += await db.$transaction(async (tx) => {
      const changed = await tx.changeProposal.updateMany({
        where: { id: proposal.id, status: "scheduled" },
        data: { status: "published", revision: { increment: 1 } },
      });
      if (changed.count === 1)
        await recordAudit(
          {
            actor: "system",
            action: "change.took_effect",
            targetType: "change",
            targetId: proposal.id,
            details: { day: today },
          },
          tx,
        );
      return changed.count;
    });
  }
  let alerts = 0;
  for (const version of await db.publishedVersion.findMany({
    where: { alertsQueuedAt: null, effectiveDay: { lte: today } },
  })) {
    alerts += await db.$transaction(async (tx) => {
      const claim = await tx.publishedVersion.updateMany({
        where: { id: version.id, alertsQueuedAt: null },
        data: { alertsQueuedAt: now },
      });
      if (claim.count !== 1) return 0;
      const count = await queueAlerts(tx, version, now);
      await recordAudit(
        {
          actor: "system",
          action: "change.alerts_queued",
          targetType: "version",
          targetId: version.id,
          details: { count },
        },
        tx,
      );
      return count;
    });
  }
  return { published, alerts };
}

async function queueAlerts(
  tx: Prisma.TransactionClient,
  version: { kind: Kind; targetId: string; payload: unknown },
  now: Date,
): Promise<number> {
  const kind = version.kind;
  const topic = topicOf(kind, version.targetId);
  const payload = parsePayload(kind, version.targetId, version.payload);
  // A rule is also shown on the visa pages, and can change the answers of the rules after it
  // (rulesAffectedBy): their watchers hear of it too, once per address.
  const topics =
    kind === "rule" && isRuleId(version.targetId)
      ? [...rulesAffectedBy(version.targetId).map((id) => topicOf("rule", id)), "content:visas"]
      : [topic];
  const rows = await tx.changeAlert.findMany({
    where: { topic: { in: topics }, confirmedAt: { not: null } },
    orderBy: { createdAt: "asc" },
  });
  const subscribers = [...new Map(rows.map((row) => [row.email, row])).values()];
  for (const subscriber of subscribers) {
    const { lang, messages } = emailMessages(subscriber.locale);
    const t = createTranslator({ locale: lang, messages, namespace: "Changes.email" });
    // A fresh secret per e-mail: the unsubscribe link of an older e-mail stops working, which is harmless (the newest has one).
    const token = randomBytes(24).toString("base64url");
    const link = links(lang, token);
    const title = topicTitle(topic, lang);
    await tx.changeAlert.update({
      where: { id: subscriber.id },
      data: { tokenHash: hashSecret(token), lastNoticeAt: now },
    });
    await tx.outboxMessage.create({
      data: {
        recipient: subscriber.email,
        subject: t("changedSubject", { title }),
        body: t("changedBody", {
          title,
          what: whatChanged(kind, payload, lang) ?? t("seePage"),
          page: `${publicOrigin()}${topicPath(topic, lang)}`,
          changes: `${publicOrigin()}/${lang}/changes`,
          unsubscribe: link.unsubscribe,
        }),
        listUnsubscribe: link.oneClick,
      },
    });
  }
  return subscribers.length;
}

/** Retention: unconfirmed addresses after 7 days, confirmed ones 12 months after the last change they were told of. */
export async function deleteStaleAlerts(now = new Date()): Promise<number> {
  const quiet = new Date(now);
  quiet.setUTCMonth(quiet.getUTCMonth() - QUIET_MONTHS);
  return db.$transaction(async (tx) => {
    const deleted = await tx.changeAlert.deleteMany({
      where: {
        OR: [
          { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - UNCONFIRMED_DAYS * DAY_MS) } },
          { lastNoticeAt: { lt: quiet } },
        ],
      },
    });
    if (deleted.count > 0)
      await recordAudit({ actor: "system", action: "alert.retention", details: { deleted: deleted.count } }, tx);
    return deleted.count;
  });
}

export const alertLocale = (value: string): Locale => (isLocale(value) ? value : "en");

/** The topic a link's secret is for (the confirm and unsubscribe pages name it), or null. */
export async function alertTopicForToken(token: string): Promise<Topic | null> {
  if (!token) return null;
  const row = await db.changeAlert.findUnique({ where: { tokenHash: hashSecret(token) }, select: { topic: true } });
  return row ? (row.topic as Topic) : null;
}
