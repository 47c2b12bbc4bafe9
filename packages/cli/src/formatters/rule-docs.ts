import { type AnyRuleModule, rules } from '@fsflow/analyzer'

const rulesById = new Map<string, AnyRuleModule>(rules.map((rule) => [rule.name, rule]))

/** The rule of that id, if fsflow has one. */
export function ruleOf(ruleId: string | null): AnyRuleModule | undefined {
  return ruleId === null ? undefined : rulesById.get(ruleId)
}

/** The page that documents a rule, if fsflow has that rule. */
export function ruleDocsUrl(ruleId: string | null): string | undefined {
  return ruleOf(ruleId)?.meta.docs.url
}
