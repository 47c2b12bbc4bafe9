import { type LintConfig, type RuleSet, analyzeFlow, createRuleSet } from '@fsflow/analyzer'
import type { LintMessage } from './lint-result.js'
import { placeDiagnostics } from './placement.js'
import type { FlowSource } from './sources/source.js'
import { jsonTextSource } from './sources/json-text/index.js'

/**
 * Lints the text of a JSON flow file as `fsflow lint` does: the JSON source reads it, the analyzer
 * finds the problems of its document, and each is placed in the text. A text that is not JSON gives
 * its one fatal `invalid-json` message and nothing else, whatever the config. Throws `ConfigError`
 * for a config the analyzer rejects, before reading the text.
 */
export function lintJsonText(text: string, config: LintConfig | RuleSet = {}): LintMessage[] {
  const ruleSet = Array.isArray(config) ? (config as RuleSet) : createRuleSet(config as LintConfig)
  return lintSource(jsonTextSource(text), ruleSet)
}

/** Source → analyzer → placement: a source's fatal message alone, or its document's problems placed in its input. */
export function lintSource(source: FlowSource, ruleSet: RuleSet): LintMessage[] {
  if (source.fatal !== undefined) return [source.fatal]
  return placeDiagnostics(analyzeFlow(source.document, ruleSet), source)
}
