/**
 * Stores a validated request: reference and access code, encrypted identity data, the
 * first timeline event, the draft's attachments and the confirmation e-mail, all in one
 * transaction, so a request is either wholly there or not at all.
 */
import "server-only";
import { blindIndex, encryptText } from "../crypto/protect";
import { db } from "../db/client";
import { enqueueStatusEmail } from "../notifications/outbox";
import { generateAccessCode, hashAccessCode } from "./access-codes";
import { generateReference } from "./reference";
import { REQUEST_DEFINITIONS, stepsOf, type RequestType } from "./types";
import { log } from "../log";

const CONTACT_FIELDS = new Set(["fullName", "phone", "email"]);

/** The link in e-mails and share texts: the reference only, never the access code. */
export function trackingUrl(origin: string, locale: string, reference: string): string {
  return `${origin}/${locale}/track?reference=${encodeURIComponent(reference)}`;
}

export type NewRequest = {
  type: RequestType;
  locale: string;
  answers: Record<string, string | undefined>;
  checker?: string;
  draftId?: string;
  origin: string;
};

export async function submitRequest(input: NewRequest): Promise<{ reference: string; accessCode: string }> {
  const fields = stepsOf(input.type).flatMap((step) => step.fields);
  const details: Record<string, string> = {};
  let passportNumberEnc: string | null = null;
  let passportNumberIndex: string | null = null;
  let dateOfBirthEnc: string | null = null;
  for (const field of fields) {
    const value = input.answers[field.name];
    if (value === undefined || CONTACT_FIELDS.has(field.name)) continue;
    if (field.protect === "passportNumber" && !passportNumberEnc) {
      passportNumberEnc = encryptText(value);
      passportNumberIndex = blindIndex(value);
    } else if (field.protect === "passportNumber") {
      details[field.name] = encryptText(value); // a second passport (a relative's) stays encrypted in the details
    } else if (field.protect === "dateOfBirth") {
      dateOfBirthEnc = encryptText(value);
    } else {
      details[field.name] = value;
    }
  }
  if (input.checker) details.checkerAnswers = input.checker;

  const accessCode = generateAccessCode();
  const email = input.answers.email ?? null;
  for (let attempt = 0; ; attempt++) {
    const reference = generateReference();
    try {
      await db.$transaction(async (tx) => {
        const request = await tx.request.create({
          data: {
            reference,
            accessCodeHash: hashAccessCode(accessCode),
            type: input.type,
            urgent: REQUEST_DEFINITIONS[input.type].urgent ?? false,
            locale: input.locale,
            applicantName: input.answers.fullName!,
            phone: input.answers.phone!,
            email,
            details,
            passportNumberEnc,
            passportNumberIndex,
            dateOfBirthEnc,
            events: { create: { kind: "submitted", toStatus: "received", actor: "applicant" } },
          },
        });
        if (input.draftId) {
          await tx.attachment.updateMany({
            where: { draftId: input.draftId },
            data: { requestId: request.id, draftId: null },
          });
        }
        if (email) {
          await enqueueStatusEmail(tx, {
            recipient: email,
            locale: input.locale,
            reference,
            status: "received",
            trackingUrl: trackingUrl(input.origin, input.locale, reference),
          });
        }
      });
      log.info({ event: "request.submitted", reference, type: input.type });
      return { reference, accessCode };
    } catch (error) {
      // 2^35 references make a collision rare; on one, draw again.
      const unique = (error as { code?: string }).code === "P2002";
      if (!unique || attempt >= 3) throw error;
    }
  }
}
