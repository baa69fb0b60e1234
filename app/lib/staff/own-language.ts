import "server-only";
/** A staff member's own workspace language ("Your account"), stored on the account. */
import { isStaffLocale, type StaffLocale } from "@/i18n/staff-locales";
import { db } from "../db/client";
import { recordAudit } from "./audit";
import type { VerifiedStaff } from "./sessions";

export async function setOwnLanguage(staff: VerifiedStaff, language: string): Promise<{ ok: boolean }> {
  if (!isStaffLocale(language)) return { ok: false };
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: staff.id }, data: { language: language satisfies StaffLocale } });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "staff.language_changed",
        targetType: "staff",
        targetId: staff.id,
        details: { language },
      },
      tx,
    );
  });
  return { ok: true };
}
