import type { Settings } from "../settings/definitions";
import { buildRules, type Rule } from "./rules";

/** The rule table with the Embassy's current settings applied. */
export function rulesFromSettings(settings: Settings): Rule[] {
  return buildRules({
    officialPassportMaxStay: settings["officialPassport.maxStay"].value,
    regionalAirports: settings["visaFree.regionalAirports"].value,
  });
}
