import { rules as analyzerRules } from '@fsflow/analyzer'
import type { Rule } from 'eslint'
import { fromAnalyzerRule } from './from-analyzer-rule.js'
import { noUnresolvedChain } from './no-unresolved-chain.js'
import { unendedChain } from './unended-chain.js'

/** One ESLint rule per analyzer rule, by the analyzer's id, and the plugin's own. */
export const rules: Readonly<Record<string, Rule.RuleModule>> = {
  ...Object.fromEntries(analyzerRules.map((rule) => [rule.name, fromAnalyzerRule(rule)])),
  'no-unresolved-chain': noUnresolvedChain,
  'unended-chain': fromAnalyzerRule(unendedChain),
}
