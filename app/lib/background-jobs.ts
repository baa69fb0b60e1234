/**
 * Work the server does on its own, every minute: deliver the e-mail outbox (retrying what
 * failed) and delete expired drafts. Safe with several instances: outbox messages are
 * claimed before sending, and deleting an expired draft twice deletes it once.
 */
import { deliverOutbox } from "./notifications/outbox";
import { deleteExpiredDrafts } from "./requests/drafts";

const EVERY_MS = 60_000;

export function startBackgroundJobs(): void {
  const run = async () => {
    try {
      await deliverOutbox();
      await deleteExpiredDrafts();
    } catch (error) {
      console.error(JSON.stringify({ event: "background_jobs.failed", message: (error as Error).message }));
    }
  };
  // unref: the timer alone never keeps the process alive.
  setInterval(run, EVERY_MS).unref();
}
