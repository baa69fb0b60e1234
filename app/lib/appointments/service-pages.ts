/**
 * Which information page explains each appointment service (app/lib/services/catalogue.ts):
 * its document list is what to bring, and the page links to booking. A visa's checklist is
 * the checker's "you need a visa" steps; "other" has none.
 */
import type { ServiceId } from "./slots";

export const SERVICE_PAGE: Partial<Record<ServiceId, string>> = {
  legalization: "legalization",
  certificate_of_return: "certificate-of-return",
  consular_registration: "consular-registration",
  invitation: "invitation",
};

/** The appointment service an information page books, if any. */
export const appointmentServiceFor = (slug: string): ServiceId | undefined =>
  (Object.entries(SERVICE_PAGE) as [ServiceId, string][]).find(([, page]) => page === slug)?.[0];
