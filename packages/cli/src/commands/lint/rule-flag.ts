import { ConfigError, type RuleEntry, type RuleSet, createRuleSet } from '@fsflow/analyzer'
import { ExitError, usageError } from '../../exit-error.js'

/** The recommended rules with the `--rule` flags applied; exit 2 for a flag the analyzer's config rejects. */
export function ruleSetOf(ruleFlags: readonly string[]): RuleSet {
  try {
    return createRuleSet({ rules: parseRuleFlags(ruleFlags) })
  } catch (error) {
    if (error instanceof ConfigError) throw new ExitError(2, `Invalid --rule: ${error.message}.`)
    throw error
  }
}

/**
 * The rules that `--rule` flags set, later flags winning: `'<id>: <severity>'`, or JSON after the
 * colon for options (`'greeting-too-short: ["warn", {"minSeconds": 6}]'`). Only the shape is checked
 * here; the analyzer's config checks rule ids, severities and options.
 */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleEntry> {
  const rules = new Map<string, RuleEntry>()
  for (const value of values) {
    const colon = value.indexOf(':')
    const ruleId = value.slice(0, Math.max(colon, 0)).trim()
    const setting = value.slice(colon + 1).trim()
    if (colon < 0 || ruleId === '' || setting === '') {
      throw usageError(`Option '--rule' expects '<rule-id>: <setting>', as in --rule 'greeting-too-short: off'; got '${value}'.`)
    }
    rules.set(ruleId, parseSetting(setting, value))
  }
  return Object.fromEntries(rules)
}

function parseSetting(setting: string, value: string): RuleEntry {
  // A bare word is a severity name; anything else (a number, a quoted string, an array) is JSON.
  if (/^[a-z]+$/i.test(setting)) return setting as RuleEntry
  try {
    // The analyzer's config rejects what is not a rule entry, with a message that names the rule.
    return JSON.parse(setting) as RuleEntry
  } catch {
    throw usageError(`Option '--rule': the setting after ':' is neither a severity nor valid JSON in '${value}'.`)
  }
}
