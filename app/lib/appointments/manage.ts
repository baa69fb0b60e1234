/**
 * An applicant's own booking, found by reference and access code (the same checks as a
 * request's), then by reference alone while the short-lived look-up cookie holds it.
 * Without the right code nothing is revealed, not even whether the reference exists.
 */
import "server-only";
import { db } from "../db/client";
import { normalizeReference } from "../requests/reference";
import { matchAccessCode } from "../requests/access-codes";
import { endAppointment } from "./book";

export type OwnAppointment = {
  id: string;
  reference: string;
  service: string;
  start: Date;
  status: string;
  locale: string;
};

const SELECT = {
  id: true,
  reference: true,
  serviceId: true,
  start: true,
  status: true,
  locale: true,
  accessCodeHash: true,
} as const;
const view = ({
  serviceId,
  accessCodeHash: _,
  ...rest
}: { serviceId: string; accessCodeHash: string } & Omit<OwnAppointment, "service">): OwnAppointment => ({
  ...rest,
  service: serviceId,
});

export async function findAppointmentByCode(reference: string, accessCode: string): Promise<OwnAppointment | null> {
  const canonical = normalizeReference(reference);
  if (!canonical) return null;
  const appointment = await db.appointment.findUnique({ where: { reference: canonical }, select: SELECT });
  return appointment && matchAccessCode(appointment.accessCodeHash, accessCode) !== null ? view(appointment) : null;
}

/** For a reference the look-up cookie vouches for (it was opened with its code). */
export async function findAppointment(reference: string): Promise<OwnAppointment | null> {
  const appointment = await db.appointment.findUnique({ where: { reference }, select: SELECT });
  return appointment ? view(appointment) : null;
}

export async function cancelOwnAppointment(reference: string): Promise<boolean> {
  const appointment = await db.appointment.findUnique({ where: { reference }, select: { id: true } });
  return appointment ? endAppointment(appointment.id, "cancelled") : false;
}
