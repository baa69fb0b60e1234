/**
 * The wait-list. Someone who finds no free place for a service in a range of days joins it;
 * when a place frees up (a cancellation, a staff move, a slot unblocked, an offer that ran
 * out), the first person in line whose days cover it (waitlist-rules.ts) is offered it by
 * e-mail, with a one-time link, for `appointments.waitlistOfferHours`.
 *
 * The place stays counted in SlotCount while the offer is open, so nobody else can book it;
 * confirming turns the hold into a booking without taking a second place (book.ts), and an
 * offer that runs out passes the same place on to the next person, or gives it back.
 * Every step is a guarded update ("… WHERE status = 'waiting'" / "'offered'") in the same
 * transaction as its e-mail, so with several instances each entry is offered once and each
 * expired offer moved on once. Only the link's keyed hash is stored (HMAC, its own derived key).
 */
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { derivedKey } from "../crypto/derived-keys";
import { keys, previousKeys } from "../crypto/keys";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { embassyDay } from "../embassy-time";
import { log } from "../log";
import { publicOrigin } from "../public-origin";
import { readSettings } from "../settings/read-settings";
import type { WaitlistJoin } from "./booking-schema";
import { waitlistKey } from "./active-keys";
import { enqueueOfferEmail } from "./email";
import { givePlaceBack, takePlace } from "./places";
import { findFreeSlots, findService } from "./schedule";
import { inLineFor, offerExpiry, offerIsOpen } from "./waitlist-rules";
import { getPathname } from "@/i18n/pathname";

/** What an offer needs besides the slot: the time, the offer period (setting) and the origin for the link. */
export type OfferContext = { now: Date; hours: number; origin: string };

/** Read before a transaction opens (settings are read outside it). */
export async function offerContext(now = new Date(), origin = publicOrigin()): Promise<OfferContext> {
  return { now, hours: (await readSettings())["appointments.waitlistOfferHours"].value, origin };
}

const tokenHash = (token: string, indexKey: Buffer = keys().index) =>
  createHmac("sha256", derivedKey(indexKey, "wait-list offers")).update(token).digest("base64url");

export const offerPath = (locale: string, token: string) =>
  getPathname({ locale, href: `/appointments/offer/${token}` });

export type JoinResult = "joined" | "freePlaces" | "notOffered" | "past";

/**
 * Puts someone on the list, when the range really has no free place (else they should book one).
 * An address already waiting for the service keeps its place in line with the new days (one
 * entry per service and address, a unique key, so neither a second form nor a parallel one
 * adds another); one holding an offer is left as it is. The answer is the same either way.
 */
export async function joinWaitlist(input: WaitlistJoin, now = new Date()): Promise<JoinResult> {
  const service = await findService(input.service);
  if (!service) return "notOffered";
  if (input.toDay < embassyDay(now)) return "past";
  if ((await findFreeSlots(service, input.fromDay, input.toDay, now)).length > 0) return "freePlaces";
  const key = waitlistKey(service.id, input.email);
  const entry = { fromDay: input.fromDay, toDay: input.toDay, name: input.name, locale: input.locale };
  const updated = await db.waitlistEntry.updateMany({ where: { activeKey: key, status: "waiting" }, data: entry });
  if (updated.count === 1) return "joined";
  try {
    const created = await db.waitlistEntry.create({
      data: { ...entry, serviceId: service.id, email: input.email, activeKey: key },
    });
    log.info({ event: "waitlist.joined", entry: created.id, service: service.id });
  } catch (error) {
    // The key is taken: by an entry holding an offer (left as it is), or by the same join sent at the same moment.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
  return "joined";
}

/**
 * Offers a place at `start` that the caller holds (it stays counted) to the first person in
 * line: true when someone was offered it. Each candidate is claimed by a guarded update, so
 * of two places freed at once, two different people get them.
 */
async function offerPlace(
  tx: Prisma.TransactionClient,
  serviceId: string,
  start: Date,
  context: OfferContext,
): Promise<boolean> {
  const expiresAt = offerExpiry(context.now, start, context.hours);
  if (!expiresAt) return false;
  if (await tx.blockedSlot.findUnique({ where: { serviceId_start: { serviceId, start } } })) return false;
  const day = embassyDay(start);
  const waiting = await tx.waitlistEntry.findMany({
    where: { serviceId, status: "waiting", fromDay: { lte: day }, toDay: { gte: day } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, fromDay: true, toDay: true, createdAt: true, email: true, locale: true },
  });
  for (const entry of inLineFor(waiting, start)) {
    const token = randomBytes(32).toString("base64url");
    const claim = await tx.waitlistEntry.updateMany({
      where: { id: entry.id, status: "waiting" },
      data: {
        status: "offered",
        offerStart: start,
        offerTokenHash: tokenHash(token),
        offeredAt: context.now,
        offerExpiresAt: expiresAt,
      },
    });
    if (claim.count !== 1) continue;
    await enqueueOfferEmail(tx, {
      recipient: entry.email,
      locale: entry.locale,
      service: serviceId,
      start,
      expiresAt,
      link: `${context.origin}${offerPath(entry.locale, token)}`,
    });
    log.info({ event: "waitlist.offered", entry: entry.id, service: serviceId });
    return true;
  }
  return false;
}

/** A place of a slot has been let go: it goes to the first person in line, or back to everyone. */
export async function releasePlace(
  tx: Prisma.TransactionClient,
  serviceId: string,
  start: Date,
  context: OfferContext,
): Promise<void> {
  if (!(await offerPlace(tx, serviceId, start, context))) await givePlaceBack(tx, serviceId, start);
}

class NobodyWaiting extends Error {}

/** A slot became bookable again (unblocked): each of its free places is offered to the wait-list first. */
export async function offerFreePlaces(serviceId: string, start: Date, context: OfferContext): Promise<number> {
  const service = await findService(serviceId);
  if (!service) return 0;
  let offered = 0;
  for (; offered < service.capacity; offered++) {
    try {
      const held = await db.$transaction(async (tx) => {
        if (!(await takePlace(tx, serviceId, start, service.capacity))) return false;
        if (!(await offerPlace(tx, serviceId, start, context))) throw new NobodyWaiting();
        return true;
      });
      if (!held) break;
    } catch (error) {
      if (error instanceof NobodyWaiting) break;
      throw error;
    }
  }
  return offered;
}

/**
 * The background job: offers whose time ran out are closed and their place passed on.
 * The claim (offered → expired) is the guard: of two instances running this at once, one
 * closes each offer and makes the next offer; the other's claim changes nothing.
 */
export async function expireOffers(now = new Date()): Promise<number> {
  const due = await db.waitlistEntry.findMany({
    where: { status: "offered", offerExpiresAt: { lte: now } },
    select: { id: true, serviceId: true, offerStart: true },
    orderBy: { offerExpiresAt: "asc" },
    take: 200,
  });
  if (due.length === 0) return 0;
  const context = await offerContext(now);
  let expired = 0;
  for (const entry of due) {
    const claimed = await db.$transaction(async (tx) => {
      const claim = await tx.waitlistEntry.updateMany({
        where: { id: entry.id, status: "offered", offerExpiresAt: { lte: now } },
        data: { status: "expired", offerTokenHash: null, activeKey: null },
      });
      if (claim.count !== 1) return false;
      await releasePlace(tx, entry.serviceId, entry.offerStart!, context);
      return true;
    });
    if (claimed) expired++;
  }
  if (expired) log.info({ event: "waitlist.offers_expired", count: expired });
  return expired;
}

export type Offer = {
  id: string;
  service: string;
  start: Date;
  expiresAt: Date;
  name: string;
  email: string;
  locale: string;
};

/** The open offer a link opens, or null (unknown, used, expired). During a key rotation, a link made under the previous key still opens. */
export async function findOffer(token: string, now = new Date()): Promise<Offer | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const previous = previousKeys();
  const hashes = [tokenHash(token), ...(previous ? [tokenHash(token, previous.index)] : [])];
  const entry = await db.waitlistEntry.findFirst({ where: { offerTokenHash: { in: hashes } } });
  if (!entry || !offerIsOpen(entry, now) || !entry.offerStart) return null;
  return {
    id: entry.id,
    service: entry.serviceId,
    start: entry.offerStart,
    expiresAt: entry.offerExpiresAt!,
    name: entry.name,
    email: entry.email,
    locale: entry.locale,
  };
}

/**
 * The person says no to the offer (the page's second button): the entry leaves the list and the
 * place goes to the next person in line, at once rather than when the offer would have run
 * out. Guarded on the offer still being open, like confirming it: of a "no" and a "yes" sent
 * together, one wins. False when the link no longer opens an offer.
 */
export async function declineOffer(token: string, now = new Date()): Promise<boolean> {
  const offer = await findOffer(token, now);
  if (!offer) return false;
  const context = await offerContext(now);
  const declined = await db.$transaction(async (tx) => {
    const claim = await tx.waitlistEntry.updateMany({
      where: { id: offer.id, status: "offered", offerExpiresAt: { gt: now } },
      data: { status: "declined", offerTokenHash: null, activeKey: null },
    });
    if (claim.count !== 1) return false;
    await releasePlace(tx, offer.service, offer.start, context);
    return true;
  });
  if (declined) log.info({ event: "waitlist.declined", entry: offer.id, service: offer.service });
  return declined;
}

/**
 * Turns an open offer into its booking, inside the booking's transaction (book.ts): guarded
 * on the offer still being open, so a link used twice, or confirmed as it runs out, books once.
 */
export async function claimOffer(
  tx: Prisma.TransactionClient,
  offerId: string,
  start: Date,
  appointmentId: string,
  now: Date,
): Promise<boolean> {
  const claim = await tx.waitlistEntry.updateMany({
    where: { id: offerId, status: "offered", offerStart: start, offerExpiresAt: { gt: now } },
    data: { status: "booked", offerTokenHash: null, activeKey: null, appointmentId },
  });
  return claim.count === 1;
}

/** Retention: entries whose days have all passed go (they can no longer be offered anything). */
export async function deletePassedWaitlist(now = new Date(), tx: Prisma.TransactionClient = db): Promise<number> {
  return (await tx.waitlistEntry.deleteMany({ where: { toDay: { lt: embassyDay(now) }, status: { not: "offered" } } }))
    .count;
}
