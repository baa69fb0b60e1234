/**
 * A rule proposal's impact on the Embassy's reference scenarios (app/lib/rules/scenarios.ts):
 * every example traveller whose answer differs between the parameters that would be in force
 * on the proposal's day without it and the same with it, shown before anyone approves.
 */
import "server-only";
import { impactOf, type ScenarioImpact } from "../rules/impact";
import { REFERENCE_SCENARIOS } from "../rules/scenarios";
import { readRuleParameters } from "../rules/current";
import { isRuleId, ruleParametersSchemaOf } from "./rule-kind";

export async function scenarioImpact(proposal: { targetId: string; effectiveDay: string; payload: unknown }): Promise<ScenarioImpact[]> {
  if (!isRuleId(proposal.targetId)) return [];
  const current = await readRuleParameters(proposal.effectiveDay);
  const proposed = { ...current, rules: { ...current.rules, [proposal.targetId]: ruleParametersSchemaOf(proposal.targetId).parse(proposal.payload) } };
  return impactOf(REFERENCE_SCENARIOS, current, proposed);
}
