/**
 * A rule proposal's impact on the Embassy's reference scenarios (released and staff's, see
 * reference-scenarios.ts): every example traveller whose answer differs between the
 * parameters that would be in force on the proposal's day without it and the same with it,
 * shown before anyone approves.
 */
import "server-only";
import { impactOf, type ScenarioImpact } from "../rules/impact";
import { readRuleParameters } from "../rules/current";
import { embassyScenarios, type EmbassyScenario } from "./reference-scenarios";
import { isRuleId, ruleParametersSchemaOf } from "./rule-kind";

export async function scenarioImpact(proposal: {
  targetId: string;
  effectiveDay: string;
  payload: unknown;
}): Promise<ScenarioImpact<EmbassyScenario>[]> {
  if (!isRuleId(proposal.targetId)) return [];
  const current = await readRuleParameters(proposal.effectiveDay);
  const proposed = {
    ...current,
    rules: { ...current.rules, [proposal.targetId]: ruleParametersSchemaOf(proposal.targetId).parse(proposal.payload) },
  };
  return impactOf(await embassyScenarios(), current, proposed);
}
