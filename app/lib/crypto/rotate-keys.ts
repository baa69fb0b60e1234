/**
 * `npm run keys:rotate`: re-seals every encrypted value under the current keys and
 * recomputes the passport blind indexes, in batches, while the app keeps running (it reads
 * both keys meanwhile). Run with DATA_ENCRYPTION_KEY / DATA_INDEX_KEY set to the new keys and
 * DATA_ENCRYPTION_KEY_PREVIOUS / DATA_INDEX_KEY_PREVIOUS to the old ones (DEPLOYMENT.md).
 */
import "server-only";
import { db } from "../db/client";
import { storedDetails } from "../requests/stored-details";
import { recordAudit } from "../staff/audit";
import { blindIndex, decryptBytes, decryptText, encryptBytes, encryptText } from "./protect";

const BATCH = 200;
const reseal = (value: string) => encryptText(decryptText(value));
const resealIfSealed = (value: string | null) => (value ? reseal(value) : null);

export async function rotateKeys(): Promise<{ requests: number; attachments: number; drafts: number; staff: number }> {
  const counts = { requests: 0, attachments: 0, drafts: 0, staff: 0 };

  for (let cursor: string | undefined; ;) {
    const rows = await db.request.findMany({
      take: BATCH,
      orderBy: { id: "asc" },
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const passport = row.passportNumberEnc ? decryptText(row.passportNumberEnc) : null;
      const details = storedDetails.parse(row.details);
      for (const [field, value] of Object.entries(details)) if (value.startsWith("v1.")) details[field] = reseal(value);
      await db.request.update({
        where: { id: row.id },
        data: {
          passportNumberEnc: passport === null ? null : encryptText(passport),
          passportNumberIndex: passport === null ? null : blindIndex(passport),
          dateOfBirthEnc: resealIfSealed(row.dateOfBirthEnc),
          details,
        },
      });
    }
    counts.requests += rows.length;
    cursor = rows.at(-1)!.id;
  }

  for (let cursor: string | undefined; ;) {
    const rows = await db.attachment.findMany({
      take: 50,
      orderBy: { id: "asc" },
      select: { id: true, content: true },
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      await db.attachment.update({
        where: { id: row.id },
        data: { content: new Uint8Array(encryptBytes(decryptBytes(Buffer.from(row.content)))) },
      });
    }
    counts.attachments += rows.length;
    cursor = rows.at(-1)!.id;
  }

  for (const draft of await db.draft.findMany({ where: { expiresAt: { gt: new Date() } } })) {
    await db.draft.update({ where: { id: draft.id }, data: { data: reseal(draft.data) } });
    counts.drafts++;
  }
  for (const user of await db.staffUser.findMany({ where: { totpSecretEnc: { not: null } } })) {
    await db.staffUser.update({ where: { id: user.id }, data: { totpSecretEnc: resealIfSealed(user.totpSecretEnc) } });
    counts.staff++;
  }
  await recordAudit({ actor: "system", action: "keys.rotated", details: counts });
  return counts;
}
