/**
 * `npm run keys:rotate`: re-seals every encrypted value under the current keys (requests,
 * files, drafts, staff secrets, appointments' passport numbers, e-mails queued sealed) and
 * recomputes the blind indexes and the one-per-person keys built on them (appointments and
 * wait-list entries), in batches, while the app keeps running (it reads both keys meanwhile). Run with DATA_ENCRYPTION_KEY / DATA_INDEX_KEY set to the new keys and
 * DATA_ENCRYPTION_KEY_PREVIOUS / DATA_INDEX_KEY_PREVIOUS to the old ones (DEPLOYMENT.md).
 */
import "server-only";
import { appointmentKey, waitlistKey } from "../appointments/active-keys";
import { db } from "../db/client";
import { storedDetails } from "../requests/stored-details";
import { recordAudit } from "../staff/audit";
import { blindIndex, decryptBytes, decryptText, encryptBytes, encryptText } from "./protect";

const BATCH = 200;
const reseal = (value: string) => encryptText(decryptText(value));
const resealIfSealed = (value: string | null) => (value ? reseal(value) : null);

type Counts = {
  requests: number;
  attachments: number;
  drafts: number;
  staff: number;
  appointments: number;
  waitlist: number;
  emails: number;
};

export async function rotateKeys(): Promise<Counts> {
  const counts: Counts = { requests: 0, attachments: 0, drafts: 0, staff: 0, appointments: 0, waitlist: 0, emails: 0 };

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
  for (let cursor: string | undefined; ;) {
    const rows = await db.appointment.findMany({
      take: BATCH,
      orderBy: { id: "asc" },
      select: { id: true, serviceId: true, passportNumberEnc: true, activeKey: true },
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const passport = decryptText(row.passportNumberEnc);
      const index = blindIndex(passport);
      await db.appointment.update({
        where: { id: row.id },
        data: {
          passportNumberEnc: encryptText(passport),
          passportNumberIndex: index,
          // Only an active booking holds its key; an ended one keeps none.
          activeKey: row.activeKey === null ? null : appointmentKey(row.serviceId, index),
        },
      });
    }
    counts.appointments += rows.length;
    cursor = rows.at(-1)!.id;
  }
  for (const entry of await db.waitlistEntry.findMany({
    where: { activeKey: { not: null } },
    select: { id: true, serviceId: true, email: true },
  })) {
    await db.waitlistEntry.update({
      where: { id: entry.id },
      data: { activeKey: waitlistKey(entry.serviceId, entry.email) },
    });
    counts.waitlist++;
  }
  // A sealed e-mail not yet sent (sent ones are emptied) must open after the old key is gone.
  for (const message of await db.outboxMessage.findMany({
    where: { sealed: true, status: { in: ["pending", "failed"] }, body: { not: "" } },
    select: { id: true, body: true },
  })) {
    await db.outboxMessage.update({ where: { id: message.id }, data: { body: reseal(message.body) } });
    counts.emails++;
  }
  await recordAudit({ actor: "system", action: "keys.rotated", details: counts });
  return counts;
}
