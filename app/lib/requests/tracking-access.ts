import "server-only";
/**
 * Who may see and act on a request as its applicant. A TrackingAccess is made here only:
 * from the reference and its access code (the look-up form, the API), or from the tracking
 * session cookie a successful look-up leaves in the browser. Every applicant function of the
 * data layer takes one, so none can be reached with a bare reference.
 *
 * The session cookie ("ch_track", HttpOnly, SameSite=Strict, Path=/, 30 minutes, Secure
 * except on plain-HTTP localhost) holds "<reference>.<expiry>.<code tag>.<signature>",
 * signed with a key derived for this purpose only. It opens only the request it names, and
 * only while that request's access code is the one that was entered: a new code (lost-code
 * journey) ends every session made with the old one. It carries no secret of its own worth
 * stealing beyond its 30 minutes, and the access code never has to travel in a URL.
 */
import { createHmac } from "node:crypto";
import { cookies } from "next/headers";
import { cookieName, cookieOptions } from "../cookie-security";
import { derivedKey } from "../crypto/derived-keys";
import { keys } from "../crypto/keys";
import { secretsEqual } from "../crypto/protect";
import { db } from "../db/client";
import { hashAccessCode, matchAccessCode } from "./access-codes";
import { normalizeReference } from "./reference";

declare const verified: unique symbol;
/** A request its applicant has proved to hold: by code, or by a live session for it. */
export type TrackingAccess = {
  readonly requestId: string;
  readonly reference: string;
  readonly codeHash: string;
  readonly [verified]: true;
};

export const TRACKING_COOKIE = cookieName("ch_track");
export const TRACKING_SESSION_SECONDS = 30 * 60;

const grant = (row: { id: string; reference: string; accessCodeHash: string }) =>
  ({ requestId: row.id, reference: row.reference, codeHash: row.accessCodeHash }) as TrackingAccess;

/**
 * The request with this reference, if `code` is its access code. A code keyed with a
 * previous key (or stored before keys were used) is re-keyed now. The caller counts the
 * attempt against the look-up limit first.
 */
export async function accessByCode(reference: string, code: string): Promise<TrackingAccess | null> {
  const canonical = normalizeReference(reference);
  if (!canonical || !code) return null;
  const row = await db.request.findUnique({
    where: { reference: canonical },
    select: { id: true, reference: true, accessCodeHash: true },
  });
  const match = row && matchAccessCode(row.accessCodeHash, code);
  if (!row || !match) return null;
  if (match === "current") return grant(row);
  const accessCodeHash = hashAccessCode(code);
  await db.request.updateMany({ where: { id: row.id, accessCodeHash: row.accessCodeHash }, data: { accessCodeHash } });
  return grant({ ...row, accessCodeHash });
}

const sessionKey = () => derivedKey(keys().index, "tracking sessions");
/** Ties a session to the code it was opened with, without putting the code's hash in the cookie. */
const codeTag = (codeHash: string) =>
  createHmac("sha256", sessionKey()).update(`code:${codeHash}`).digest("base64url").slice(0, 22);
const signature = (payload: string) =>
  createHmac("sha256", sessionKey()).update(`session:${payload}`).digest("base64url");

export function sessionToken(access: Pick<TrackingAccess, "reference" | "codeHash">, now = Date.now()): string {
  const payload = `${access.reference}.${now + TRACKING_SESSION_SECONDS * 1000}.${codeTag(access.codeHash)}`;
  return `${payload}.${signature(payload)}`;
}

/** The session's code tag, when the token is genuine, unexpired and for this reference. */
export function readSessionToken(token: string, reference: string, now = Date.now()): string | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [forReference, expires, tag, sig] = parts as [string, string, string, string];
  if (!secretsEqual(sig, signature(`${forReference}.${expires}.${tag}`))) return null;
  if (forReference !== reference || !(Number(expires) > now)) return null;
  return tag;
}

/** The request this browser's tracking session opens, if it is `reference` and still valid. */
export async function accessFromSession(reference: string): Promise<TrackingAccess | null> {
  const canonical = normalizeReference(reference);
  const token = (await cookies()).get(TRACKING_COOKIE)?.value;
  const tag = canonical && token ? readSessionToken(token, canonical) : null;
  if (!tag) return null;
  const row = await db.request.findUnique({
    where: { reference: canonical! },
    select: { id: true, reference: true, accessCodeHash: true },
  });
  return row && secretsEqual(codeTag(row.accessCodeHash), tag) ? grant(row) : null;
}

/** Opens a session for this request in this browser (server actions only: it sets a cookie). */
export async function startTrackingSession(access: TrackingAccess): Promise<void> {
  (await cookies()).set(TRACKING_COOKIE, sessionToken(access), {
    ...cookieOptions(TRACKING_SESSION_SECONDS),
    sameSite: "strict",
  });
}

export async function endTrackingSession(): Promise<void> {
  (await cookies()).delete({ name: TRACKING_COOKIE, path: "/" });
}
