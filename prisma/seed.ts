/**
 * Demo content, safe to run again and again: settings rows are created with their
 * defaults when missing and never overwritten, so an Embassy's own edits survive.
 */
import { db } from "../app/lib/db/client";
import { SETTING_DEFINITIONS, SETTING_KEYS } from "../app/lib/settings/definitions";

export async function seed(): Promise<void> {
  for (const key of SETTING_KEYS) {
    await db.setting.upsert({
      where: { key },
      create: { key, value: JSON.stringify(SETTING_DEFINITIONS[key].default), status: "to_be_confirmed" },
      update: {},
    });
  }
}

seed()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
