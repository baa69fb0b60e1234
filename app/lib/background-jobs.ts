/**
 * Work the server does on its own, every minute: queue the reminders of tomorrow's
 * appointments, close the wait-list offers that ran out (passing their place on), publish the
 * approved changes whose day has come and queue their alerts, deliver the e-mail outbox
 * (retrying what failed), delete expired drafts, change alerts past their retention and ended
 * rate-limit windows; once at start, key the access codes stored before they were keyed. Safe
 * with several instances: reminders, expired offers, a change's alerts and outbox messages are
 * claimed before they are queued, moved on or sent, deleting an expired draft twice deletes it
 * once, and a code is upgraded only if unchanged.
 * On shutdown the timer stops and a run in progress is allowed to finish.
 */
import { queueReminders } from "./appointments/reminders";
import { expireOffers } from "./appointments/waitlist";
import { deleteStaleAlerts, publishDueChanges } from "./changes/alerts";
import { log } from "./log";
import { deliverOutboxSoon } from "./notifications/outbox";
import { deleteExpiredRateLimits } from "./rate-limit";
import { upgradeLegacyAccessCodes } from "./requests/access-codes";
import { deleteExpiredDrafts } from "./requests/drafts";
import { onShutdown } from "./shutdown";

const EVERY_MS = 60_000;

export function startBackgroundJobs(): void {
  let running: Promise<void> | null = null;
  const run = () =>
    (running ??= (async () => {
      try {
        await queueReminders();
        await expireOffers();
        // Before delivery: a change whose day has come queues its alerts, sent in this run.
        await publishDueChanges();
        await deliverOutboxSoon();
        await deleteExpiredDrafts();
        await deleteStaleAlerts();
        await deleteExpiredRateLimits();
      } catch (error) {
        log.error({ event: "background_jobs.failed", err: error });
      } finally {
        running = null;
      }
    })());
  // Once per start: access codes stored before they were keyed (plain SHA-256) get their HMAC.
  upgradeLegacyAccessCodes().catch((error: unknown) => log.error({ event: "access_codes.upgrade_failed", err: error }));
  // unref: the timer alone never keeps the process alive.
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  onShutdown("background jobs", "work", async () => {
    clearInterval(timer);
    await running;
  });
}
