import type { Answers } from "../../../app/lib/visa/answers";

/** A Pakistani tourist who meets every condition of the visa-free airport route (facts A.1.a). */
export const VISA_FREE: Answers = {
  destination: "BY",
  nationality: "PK",
  passport: "ordinary",
  purpose: "tourism",
  euVisa: "multiple",
  euVisaUsed: "yes",
  travelDate: "2026-12-10",
  stayDays: 10,
  visaFreeDaysThisYear: 0,
  entryPoint: "minsk-airport",
  viaRussia: "no",
  returnTicket: "yes",
  insurance: "yes",
};
