/**
 * Every rule's id, in no framework's terms: a leaf module, so the settings, the rule
 * records and their parameters can all name the rules without importing one another.
 */
export const RULE_IDS = [
  "by_not_covered",
  "by_citizen",
  "by_certificate_of_return",
  "by_official_passport",
  "by_visa_free_airport",
  "by_e_visa",
  "by_visa_required",
  "pk_not_covered",
  "pk_citizen",
  "pk_official_passport",
  "pk_business_on_arrival",
  "pk_business_5_years",
  "pk_online_visa",
] as const;
export type RuleId = (typeof RULE_IDS)[number];
