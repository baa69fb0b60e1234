/**
 * `npm run retention`: deletes requests closed for longer than the retention period
 * (setting "retention.days"), as an admin's button does. Schedule it nightly (see README).
 */
import "./check-config";
import { db } from "../lib/db/client";
import { applyRetention } from "../lib/staff/retention";

applyRetention(null)
  .then(async ({ requests, emails, days }) => {
    console.log(`Retention ${days} days: deleted ${requests} closed requests and ${emails} sent e-mails.`);
    await db.$disconnect();
  })
  .catch(async (error) => {
    console.error((error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
