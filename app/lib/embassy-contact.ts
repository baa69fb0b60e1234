/**
 * Where people turn to reach the Embassy. No source gives its telephone or address (facts
 * C.13): they are settings the Embassy enters, and until it has, pages point to the
 * Embassy's page on the MFA site instead of telling people to call a number they cannot see.
 */
import type { Settings } from "./settings/definitions";

export const EMBASSY_MFA_PAGE = "https://pakistan.mfa.gov.by";

/** The number to call in an emergency: the emergency line, else the main line, else none. */
export function emergencyPhone(settings: Settings): string | null {
  return settings["embassy.emergencyPhone"].value || settings["embassy.phone"].value || null;
}
