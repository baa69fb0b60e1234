/**
 * Where the public pages, the checker and the APIs get the rules in force: the one place
 * that decides which parameters apply. Today's values come from the code and the Embassy's
 * settings; over them, each rule's published version in force on the day asked
 * (app/lib/changes/published.ts). The checker asks for the traveller's date of travel, so a
 * trip after a change's effective day already gets the new rule; everything else asks for
 * today (Karachi).
 */
import "server-only";
import { cache } from "react";
import { ruleParametersOn } from "../changes/published";
import { embassyDay } from "../embassy-time";
import { readSettings } from "../settings/read-settings";
import { rulesFor, type Rule } from "../visa/rules";
import { ruleParametersFromSettings, type RuleParameters } from "./parameters";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day rules are read for: a well-formed date asked, else today. */
const dayOf = (day?: string | null): string => (day && ISO_DAY.test(day) ? day : embassyDay());

const parametersOn = cache(async (day: string): Promise<RuleParameters> =>
  ruleParametersOn(day, ruleParametersFromSettings(await readSettings())),
);

export const readRuleParameters = (day?: string | null): Promise<RuleParameters> => parametersOn(dayOf(day));

const rulesOn = cache(async (day: string): Promise<Rule[]> => rulesFor(await parametersOn(day)));

/** The rules in force on `day` (a traveller's date of travel, or a date the API is asked for); today without one. */
export const readRules = (day?: string | null): Promise<Rule[]> => rulesOn(dayOf(day));
