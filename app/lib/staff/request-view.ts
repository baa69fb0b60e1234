import "server-only";
/**
 * One request in full, as staff read it: every answer in the order the applicant was asked
 * (decrypted where stored encrypted, the relative's passport number too), the attachments
 * with their type and size, and the history with colleagues by name. The view is audited:
 * "request.viewed", or "request.printed" for the print view.
 */
import { decryptText } from "../crypto/protect";
import { db } from "../db/client";
import { CONTACT_STEP, isRequestType, stepsOf, type FieldKind } from "../requests/types";
import { recordAudit } from "./audit";
import { storedDetails } from "../requests/stored-details";
import { assertCanWork, type VerifiedStaff } from "./sessions";

export type Answer = { name: string; kind: FieldKind; value: string };

const CONTACT = new Set(CONTACT_STEP.fields.map((f) => f.name));

/**
 * The type's own answers (contact details are columns of their own). Passport numbers: the
 * first one given is stored in its own encrypted column (with the blind index), any other
 * stays encrypted in the details; dates of birth have their own column.
 */
export function answersOf(request: {
  type: string;
  details: Record<string, string>;
  passportNumber: string | null;
  dateOfBirth: string | null;
}): Answer[] {
  if (!isRequestType(request.type)) return [];
  const answers: Answer[] = [];
  let passportTaken = false;
  for (const field of stepsOf(request.type).flatMap((s) => s.fields)) {
    if (CONTACT.has(field.name)) continue;
    let value: string | null | undefined = request.details[field.name];
    if (field.protect === "passportNumber") {
      if (value !== undefined) value = decryptText(value);
      else if (!passportTaken) [value, passportTaken] = [request.passportNumber, true];
    } else if (field.protect === "dateOfBirth") value = request.dateOfBirth;
    if (value) answers.push({ name: field.name, kind: field.kind, value });
  }
  return answers;
}

async function readRequest(id: string) {
  const request = await db.request.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true } },
      events: {
        orderBy: { createdAt: "asc" },
        include: {
          actorStaff: { select: { name: true } },
          attachments: { select: { id: true, filename: true, size: true, mimeType: true } },
        },
      },
      attachments: { where: { eventId: null }, select: { id: true, filename: true, size: true, mimeType: true } },
      appointments: {
        orderBy: { start: "asc" },
        select: { id: true, reference: true, serviceId: true, start: true, status: true },
      },
    },
  });
  if (!request) return null;
  const details = storedDetails.parse(request.details);
  const passportNumber = request.passportNumberEnc ? decryptText(request.passportNumberEnc) : null;
  const dateOfBirth = request.dateOfBirthEnc ? decryptText(request.dateOfBirthEnc) : null;
  return {
    id: request.id,
    reference: request.reference,
    type: request.type,
    status: request.status,
    urgent: request.urgent,
    replied: request.replied,
    version: request.version,
    locale: request.locale,
    applicantName: request.applicantName,
    phone: request.phone,
    email: request.email,
    createdAt: request.createdAt,
    assignee: request.assignee,
    assigneeId: request.assigneeId,
    checkerAnswers: details.checkerAnswers ?? null,
    answers: answersOf({ type: request.type, details, passportNumber, dateOfBirth }),
    attachments: request.attachments,
    /** Visits its applicant booked for it (lib/appointments/request-link.ts). */
    appointments: request.appointments.map(({ serviceId, ...a }) => ({ ...a, service: serviceId })),
    events: request.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      toStatus: e.toStatus,
      body: e.body,
      public: e.public,
      createdAt: e.createdAt,
      /** "applicant", "system", or the colleague's name (null if the account row is gone). */
      actor: e.actor === "staff" ? { staff: e.actorStaff?.name ?? null } : e.actor,
      attachments: e.attachments,
    })),
  };
}
export type RequestView = NonNullable<Awaited<ReturnType<typeof readRequest>>>;

export async function openRequest(
  staff: VerifiedStaff,
  id: string,
  purpose: "view" | "print" = "view",
): Promise<RequestView | null> {
  assertCanWork(staff);
  const request = await readRequest(id);
  if (!request) return null;
  await recordAudit({
    actor: { staffId: staff.id },
    action: purpose === "print" ? "request.printed" : "request.viewed",
    targetType: "request",
    targetId: request.id,
  });
  return request;
}
