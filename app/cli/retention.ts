/**
 * `npm run retention`: deletes requests closed for longer than the retention period
 * (setting "retention.days"), as an admin's button does, as the system (no signed-in
 * actor). Schedule it nightly (see README).
 */
import "./check-config";
import { db } from "../lib/db/client";
import { applyRetentionAsSystem } from "../lib/staff/retention";

applyRetentionAsSystem()
  .then(async ({ requests, emails, waitlist, days }) => {
    console.log(
      `Retention ${days} days: deleted ${requests} closed requests, ${emails} sent e-mails and ${waitlist} wait-list entries whose days have passed.`,
    );
    await db.$disconnect();
  })
  .catch(async (error: unknown) => {
    console.error((error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
