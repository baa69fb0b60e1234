/**
 * Server-side drafts of requests being filled in. The browser keeps only a random token
 * (cookie); the answers, encrypted, stay here until the request is sent or the draft
 * expires. Raw typed values are kept, so a page shows exactly what was typed, even when
 * it was not valid.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "../db/client";
import { decryptText, encryptText, hashSecret } from "../crypto/protect";
import type { RequestType } from "./types";

export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;
const SUBMITTED_LIFETIME_MS = 60 * 60 * 1000;

/** What a draft holds, checked when read: a row that does not fit (an older shape, a damaged one) is no draft. */
const draftData = z.object({
  answers: z.record(z.string(), z.string()),
  /** Steps whose last submission was valid. */
  completed: z.array(z.string()),
  /** Field → error key, per step, from the last invalid submission. */
  errors: z.record(z.string(), z.record(z.string(), z.string())),
  /** The visa checker's answers, when the request was started from a result. */
  checker: z.string().optional(),
  /** Set once the request is sent: what the confirmation page shows. */
  submitted: z.object({ reference: z.string(), accessCode: z.string() }).optional(),
});
export type DraftData = z.infer<typeof draftData>;

/** `startedAt`: when the first page of the journey was left, the start of the minimum fill time. */
export type Draft = { id: string; type: RequestType; data: DraftData; startedAt: Date };

const EMPTY: DraftData = { answers: {}, completed: [], errors: {} };

export async function createDraft(type: RequestType, checker?: string): Promise<{ token: string; draft: Draft }> {
  const token = randomBytes(32).toString("base64url");
  const data: DraftData = { ...EMPTY, checker };
  const id = hashSecret(token);
  const row = await db.draft.create({
    data: { id, type, data: encryptText(JSON.stringify(data)), expiresAt: new Date(Date.now() + DRAFT_LIFETIME_MS) },
  });
  return { token, draft: { id, type, data, startedAt: row.createdAt } };
}

export async function loadDraft(token: string | undefined): Promise<Draft | null> {
  if (!token) return null;
  const row = await db.draft.findUnique({ where: { id: hashSecret(token) } });
  if (!row || row.expiresAt < new Date()) return null;
  const data = readDraftData(row.data);
  return data ? { id: row.id, type: row.type, data, startedAt: row.createdAt } : null;
}

/**
 * The sealed JSON of a draft, or null when it is not JSON of a draft's shape: the applicant
 * starts again instead of meeting a 500. A seal that does not open still throws: that is the
 * keys' configuration, not the draft.
 */
function readDraftData(sealed: string): DraftData | null {
  const text = decryptText(sealed);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = draftData.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export async function saveDraft(draft: Draft): Promise<void> {
  await db.draft.update({ where: { id: draft.id }, data: { data: encryptText(JSON.stringify(draft.data)) } });
}

export async function deleteDraft(id: string): Promise<void> {
  await db.draft.deleteMany({ where: { id } });
}

/** Once sent, a draft keeps only what the confirmation page shows, for at most an hour. */
export async function markSubmitted(draft: Draft, submitted: { reference: string; accessCode: string }): Promise<void> {
  draft.data = { answers: {}, completed: [], errors: {}, submitted };
  await db.draft.update({
    where: { id: draft.id },
    data: { data: encryptText(JSON.stringify(draft.data)), expiresAt: new Date(Date.now() + SUBMITTED_LIFETIME_MS) },
  });
}

/** Expired drafts go with their files (the attachments cascade). */
export async function deleteExpiredDrafts(now = new Date()): Promise<number> {
  return (await db.draft.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}
