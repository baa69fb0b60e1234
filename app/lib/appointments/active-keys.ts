/**
 * The one-per-person keys: a unique index on each allows one active booking per passport and
 * service, and one active wait-list entry per address and service. Both are built on a blind
 * index, so a key says nothing about whom; `npm run keys:rotate` rebuilds them under a new
 * index key (lib/crypto/rotate-keys.ts).
 */
import "server-only";
import { blindIndex } from "../crypto/protect";

export const appointmentKey = (serviceId: string, passportIndex: string) => `${serviceId}:${passportIndex}`;

export const waitlistKey = (serviceId: string, email: string) =>
  `${serviceId}:${blindIndex(email.trim().toLowerCase())}`;
