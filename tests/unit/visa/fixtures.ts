import { TRAVELLERS } from "../../../app/lib/rules/scenarios";

/** A Pakistani tourist who meets every condition of the visa-free airport route (facts A.1.a). */
export const VISA_FREE = TRAVELLERS.visaFree;
