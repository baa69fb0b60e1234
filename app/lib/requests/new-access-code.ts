import "server-only";
/**
 * The lost-code journey: with the reference and the e-mail address given in the request, a
 * new access code is drawn and e-mailed to that address; the old code, and every tracking
 * session opened with it, stop working at once. The caller answers the same whatever
 * happens here (it runs after the response) and rate-limits it.
 */
import { secretsEqual } from "../crypto/protect";
import { db } from "../db/client";
import { log } from "../log";
import { enqueueNewCodeEmail } from "../notifications/outbox";
import { generateAccessCode, hashAccessCode } from "./access-codes";
import { normalizeReference } from "./reference";
import { trackingUrl } from "./submit-request";

const sameAddress = (a: string, b: string) => secretsEqual(a.trim().toLowerCase(), b.trim().toLowerCase());

/** True when a new code was sent (for tests and the log; never shown to the person asking). */
export async function sendNewAccessCode(reference: string, email: string, origin: string): Promise<boolean> {
  const canonical = normalizeReference(reference);
  if (!canonical) return false;
  const request = await db.request.findUnique({
    where: { reference: canonical },
    select: { id: true, reference: true, email: true, locale: true, accessCodeHash: true },
  });
  if (!request?.email || !sameAddress(request.email, email)) {
    log.info({ event: "access_code.reset_refused" });
    return false;
  }
  const accessCode = generateAccessCode();
  const replaced = await db.$transaction(async (tx) => {
    // Conditional on the hash read: of two resets at once, one wins and sends the code that works.
    const changed = await tx.request.updateMany({
      where: { id: request.id, accessCodeHash: request.accessCodeHash },
      data: { accessCodeHash: hashAccessCode(accessCode) },
    });
    if (changed.count !== 1) return false;
    await enqueueNewCodeEmail(tx, {
      recipient: request.email!,
      locale: request.locale,
      reference: request.reference,
      accessCode,
      trackingUrl: trackingUrl(origin, request.locale, request.reference),
    });
    return true;
  });
  log.info({ event: replaced ? "access_code.reset" : "access_code.reset_conflict", reference: request.reference });
  return replaced;
}
