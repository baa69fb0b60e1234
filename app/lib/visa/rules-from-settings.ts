import { ruleParametersFromSettings } from "../rules/parameters";
import type { Settings } from "../settings/definitions";
import { rulesFor, type Rule } from "./rules";

/** The rule table with the Embassy's current settings applied. */
export function rulesFromSettings(settings: Settings): Rule[] {
  return rulesFor(ruleParametersFromSettings(settings));
}
