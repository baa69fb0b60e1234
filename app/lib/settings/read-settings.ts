/**
 * Reads the Embassy's settings over their defaults. Public pages call this at render
 * (or prerender) time; a change by an admin revalidates the pages that show it.
 */
import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import { defaultSettings, parseStoredValue, SETTING_DEFINITIONS, type SettingKey, type Settings } from "./definitions";

export const readSettings = cache(async (): Promise<Settings> => {
  const settings = defaultSettings();
  const rows = await db.setting.findMany();
  for (const row of rows) {
    if (!(row.key in SETTING_DEFINITIONS)) continue;
    const key = row.key as SettingKey;
    Object.assign(settings[key], {
      value: parseStoredValue(key, row.value),
      status: row.status === "confirmed" ? "confirmed" : "to_be_confirmed",
      reviewedAt: row.reviewedAt,
    });
  }
  return settings;
});
