import { describeValue } from './describe-value.js'
import type { Severity } from './diagnostic.js'
import { nearestMatch } from './nearest-match.js'
import type { AnyRuleModule } from './rule.js'
import { rules } from './rules/index.js'

/** How a rule is set: `'off'`, `'warn'`, `'error'` (or 0, 1, 2). */
export type SeverityLevel = 'off' | 'warn' | 'error' | 0 | 1 | 2

/** A rule's setting: a severity, or a severity and options, as in ESLint. */
export type RuleEntry = SeverityLevel | readonly [SeverityLevel] | readonly [SeverityLevel, Record<string, unknown>]

/** Severities and options per rule id. Rules not named keep their recommended setting. */
export interface LintConfig {
  rules?: Readonly<Record<string, RuleEntry>>
}

/** A rule that will run, with its severity and its options (defaults included). */
export interface ActiveRule {
  rule: AnyRuleModule
  severity: Severity
  options: unknown
}

/** A configuration that cannot be used: an unknown rule, a bad severity, options the rule rejects. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const rulesById = new Map<string, AnyRuleModule>(rules.map((rule) => [rule.name, rule]))

/** The recommended configuration, read from each rule's metadata. */
export const recommendedConfig: Required<LintConfig> = {
  rules: Object.fromEntries(rules.map((rule) => [rule.name, rule.meta.docs.recommended])),
}

/** Turns a severity setting into 0, 1 or 2. */
export function parseSeverity(level: unknown, ruleId: string): 0 | Severity {
  switch (level) {
    case 'off':
    case 0:
      return 0
    case 'warn':
    case 1:
      return 1
    case 'error':
    case 2:
      return 2
    default:
      throw new ConfigError(`rule "${ruleId}": severity must be "off", "warn" or "error" (or 0, 1, 2); got ${describeValue(level)}`)
  }
}

/** The rules that run under a configuration, recommended settings first, then the config's own. */
export function resolveConfig(config: LintConfig = {}): ActiveRule[] {
  const entries = { ...recommendedConfig.rules, ...config.rules }
  const active: ActiveRule[] = []
  for (const ruleId of Object.keys(entries)) {
    const entry = entries[ruleId]
    const [level, userOptions] = Array.isArray(entry) ? (entry as readonly unknown[]) : [entry]
    const rule = rulesById.get(ruleId)
    if (rule === undefined) throw new ConfigError(unknownRuleMessage(ruleId))
    const severity = parseSeverity(level, ruleId)
    if (severity === 0) continue
    active.push({ rule, severity, options: resolveOptions(rule, userOptions) })
  }
  return active
}

/** Every rule id a config may name. */
export const knownRuleIds: readonly string[] = [...rulesById.keys()]

function unknownRuleMessage(ruleId: string): string {
  const suggestion = nearestMatch(ruleId, knownRuleIds)
  const known = knownRuleIds.join(', ')
  if (suggestion === undefined) return `unknown rule "${ruleId}"; known rules: ${known}`
  return `unknown rule "${ruleId}"; did you mean "${suggestion}"? Known rules: ${known}`
}

function resolveOptions(rule: AnyRuleModule, userOptions: unknown): unknown {
  if (userOptions === undefined) return rule.defaultOptions
  if (typeof userOptions !== 'object' || userOptions === null || Array.isArray(userOptions)) {
    throw new ConfigError(`rule "${rule.name}": options must be an object`)
  }
  const merged: unknown = { ...(rule.defaultOptions as object), ...userOptions }
  if (rule.meta.schema === undefined) {
    throw new ConfigError(`rule "${rule.name}" takes no options`)
  }
  const result = rule.meta.schema.safeParse(merged)
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ')
    throw new ConfigError(`rule "${rule.name}": invalid options: ${detail}`)
  }
  return result.data
}
