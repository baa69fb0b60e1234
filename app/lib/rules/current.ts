/**
 * Where the public pages, the checker and the APIs get the rules in force: the one place
 * that decides which parameters apply. Today they come from the Embassy's settings; the
 * published parameter versions of issue 17 replace `readRuleParameters`, nothing else.
 */
import "server-only";
import { cache } from "react";
import { readSettings } from "../settings/read-settings";
import { rulesFor, type Rule } from "../visa/rules";
import { ruleParametersFromSettings, type RuleParameters } from "./parameters";

export const readRuleParameters = cache(async (): Promise<RuleParameters> => ruleParametersFromSettings(await readSettings()));

export const readRules = cache(async (): Promise<Rule[]> => rulesFor(await readRuleParameters()));
