/**
 * E-mail to applicants goes through an outbox table: a request is stored together with its
 * message in one transaction, and delivery happens afterwards, so a slow or broken mail
 * server never loses or fails a submission. E-mails say only the reference, the status
 * and where to look: never personal data. The one that carries a secret (a new access code)
 * is sealed: see enqueueNewCodeEmail.
 */
import "server-only";
import { randomUUID } from "node:crypto";
// use-intl/core (the library under next-intl, same version): createTranslator without React.
// Under the react-server condition the command-line tools run with (README, Security),
// "next-intl" resolves to its server-component entry, which loads a client provider and fails
// outside Next ("createContext is not a function").
import { createTranslator } from "use-intl/core";
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "../config";
import be from "../../i18n/messages/be.json";
import en from "../../i18n/messages/en.json";
import ru from "../../i18n/messages/ru.json";
import ur from "../../i18n/messages/ur.json";
import { isLocale } from "../../i18n/locales";
import { decryptText, encryptText } from "../crypto/protect";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { log } from "../log";

const MESSAGES = { en, ru, be, ur };
const MAX_ATTEMPTS = 5;
/** A claim older than this is taken to be from an instance that died while sending. */
const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;

/** The public messages in the recipient's language (English when it is not one of ours), for composing an e-mail. */
export function emailMessages(locale: string) {
  const lang = isLocale(locale) ? locale : "en";
  return { lang, messages: MESSAGES[lang] };
}

export type StatusEmail = { recipient: string; locale: string; reference: string; status: string; trackingUrl: string };

export function composeStatusEmail({ locale, reference, status, trackingUrl }: StatusEmail): {
  subject: string;
  body: string;
} {
  const lang = isLocale(locale) ? locale : "en";
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: "Requests.email" });
  const statuses = createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: "Requests.statuses" });
  const statusName = statuses(status as Parameters<typeof statuses>[0]);
  return {
    subject: t("subject", { reference, status: statusName }),
    body: t("body", { reference, status: statusName, link: trackingUrl }),
  };
}

export async function enqueueStatusEmail(tx: Prisma.TransactionClient, email: StatusEmail): Promise<void> {
  const { subject, body } = composeStatusEmail(email);
  await tx.outboxMessage.create({ data: { recipient: email.recipient, subject, body } });
}

export type NewCodeEmail = {
  recipient: string;
  locale: string;
  reference: string;
  accessCode: string;
  trackingUrl: string;
};

/**
 * The one e-mail that carries a secret: a new access code, to the address the request gave.
 * It is queued sealed: its text is encrypted at rest, never logged, and erased once sent.
 */
export async function enqueueNewCodeEmail(tx: Prisma.TransactionClient, email: NewCodeEmail): Promise<void> {
  const lang = isLocale(email.locale) ? email.locale : "en";
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: "Requests.email" });
  const body = t("newCodeBody", { reference: email.reference, code: email.accessCode, link: email.trackingUrl });
  await tx.outboxMessage.create({
    data: {
      recipient: email.recipient,
      subject: t("newCodeSubject", { reference: email.reference }),
      body: encryptText(body),
      sealed: true,
    },
  });
}

let transport: { url: string; mailer: Transporter } | undefined;
/** The SMTP transport for SMTP_URL (made once per URL), or null to write e-mails to the log instead. */
function mailer(): Transporter | null {
  const url = config().smtpUrl;
  if (!url) return null;
  if (transport?.url !== url) transport = { url, mailer: nodemailer.createTransport(url) };
  return transport.mailer;
}

/**
 * Sends what is due. Each message is claimed by a conditional update first: only the
 * instance whose update changed the row sends it, so two instances never send it twice.
 */
export async function deliverOutbox({ limit = 20, now = new Date() } = {}): Promise<{ sent: number; failed: number }> {
  const worker = randomUUID();
  const staleClaim = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  const due = await db.outboxMessage.findMany({
    where: {
      status: "pending",
      availableAt: { lte: now },
      OR: [{ claimedAt: null }, { claimedAt: { lt: staleClaim } }],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    const claim = await db.outboxMessage.updateMany({
      where: { id: message.id, status: "pending", claimedAt: message.claimedAt },
      data: { claimedAt: now, claimedBy: worker, attempts: { increment: 1 } },
    });
    if (claim.count !== 1) continue;
    try {
      const smtp = mailer();
      if (smtp) {
        // A sealed message (a new access code) is stored encrypted and emptied once sent.
        const text = message.sealed ? decryptText(message.body) : message.body;
        const attachments =
          message.attachmentName && message.attachmentContent !== null
            ? [
                {
                  filename: message.attachmentName,
                  content: message.attachmentContent,
                  contentType: message.attachmentType ?? "application/octet-stream",
                },
              ]
            : [];
        // RFC 8058: a mail client's "unsubscribe" button posts to this address, no page in between.
        const headers = message.listUnsubscribe
          ? {
              "List-Unsubscribe": `<${message.listUnsubscribe}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
          : undefined;
        await smtp.sendMail({
          from: config().mailFrom,
          to: message.recipient,
          subject: message.subject,
          text,
          attachments,
          headers,
        });
        await db.outboxMessage.update({
          where: { id: message.id },
          data: { status: "sent", sentAt: new Date(), ...(message.sealed ? { body: "" } : {}) },
        });
        log.info({ event: "email.sent", messageId: message.id, worker });
      } else {
        // Demo and development: the rendered e-mail goes to the log instead. Its words carry no
        // personal data by design (reference, status, link); the recipient is left out. A sealed
        // message carries a secret (a new access code): its text never reaches a log.
        log.info(
          {
            event: "email.logged",
            messageId: message.id,
            subject: message.subject,
            ...(message.sealed ? { sealed: true } : { text: message.body }),
          },
          "SMTP_URL is not set: the e-mail is written to the log, not sent",
        );
        await db.outboxMessage.update({
          where: { id: message.id },
          data: { status: "logged", sentAt: new Date(), ...(message.sealed ? { body: "" } : {}) },
        });
      }
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          claimedAt: null,
          claimedBy: null,
          availableAt: new Date(now.getTime() + 2 ** attempts * 15_000), // 30 s, 1, 2, 4 min: a passing glitch costs half a minute
        },
      });
      log.warn({ event: "email.failed", messageId: message.id, attempts, err: error });
      failed++;
    }
  }
  return { sent, failed };
}

// Process-wide (not per bundle: the instrumentation hook and the routes are bundled apart).
const DELIVERY = Symbol.for("consular-helper.outbox-delivery");
const state = ((globalThis as unknown as { [DELIVERY]?: { delivering: Promise<void> | null; again: boolean } })[
  DELIVERY
] ??= { delivering: null, again: false });
/**
 * Delivers the outbox in the background, once at a time in this process: a call made while a
 * delivery runs asks for one more run after it (for what was enqueued meanwhile). Many
 * deliveries at once would only compete for the same messages (benchmarks: every submission
 * used to start its own). Errors are logged; the background job retries what failed.
 */
export function deliverOutboxSoon(): Promise<void> {
  if (state.delivering) {
    state.again = true;
    return state.delivering;
  }
  state.delivering = (async () => {
    try {
      do {
        state.again = false;
        await deliverOutbox();
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a call made during the await sets it
      } while (state.again);
    } catch (error) {
      log.error({ event: "outbox.delivery_failed", err: error });
    } finally {
      state.delivering = null;
    }
  })();
  return state.delivering;
}
