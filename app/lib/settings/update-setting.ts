/**
 * An admin changes a setting: the value is checked against the setting's schema, the row
 * updated, the old and new values kept in the history, and the change audited. The caller
 * revalidates the public pages that show it.
 */
import "server-only";
import { db } from "../db/client";
import { recordAudit } from "../staff/audit";
import { assertAdmin, type VerifiedStaff } from "../staff/sessions";
import { parseFormValue, SETTING_DEFINITIONS, type SettingKey, type VerificationStatus } from "./definitions";

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTING_DEFINITIONS, key);

export async function updateSetting(
  admin: VerifiedStaff,
  key: SettingKey,
  raw: string,
  status: VerificationStatus,
  now = new Date(),
): Promise<{ ok: boolean }> {
  assertAdmin(admin);
  const parsed = parseFormValue(key, raw);
  if (!parsed.ok) return { ok: false };
  const value = JSON.stringify(parsed.value);
  // Marking a value confirmed dates the confirmation; the public pages show that date.
  const reviewedAt = status === "confirmed" ? now : null;
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key },
      create: { key, value, status, reviewedAt },
      update: { value, status, reviewedAt },
    });
    await tx.settingChange.create({ data: { key, value, status, changedById: admin.id, changedAt: now } });
    await recordAudit(
      {
        actor: { staffId: admin.id },
        action: "setting.changed",
        targetType: "setting",
        targetId: key,
        details: { status },
      },
      tx,
    );
  });
  return { ok: true };
}

export async function settingHistory(admin: VerifiedStaff, key: SettingKey) {
  assertAdmin(admin);
  return db.settingChange.findMany({ where: { key }, orderBy: [{ changedAt: "desc" }, { id: "desc" }], take: 100 });
}
