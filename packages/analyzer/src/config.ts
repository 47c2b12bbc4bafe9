import { describeValue } from './describe-value.js'
import type { Severity } from './diagnostic.js'
import { nearestMatch } from './nearest-match.js'
import type { Plugins } from './plugin.js'
import type { AnyRuleModule } from './rule.js'
import { rules } from './rules/index.js'
import { type FlowSettings, type RuleSettings, withDefaultSettings } from './settings.js'

/**
 * A source's fatal message that a config may name, though no rule reports it: a file that is not JSON
 * (the JSON text source's `invalid-json`). It is always an error, so a config may set it to that only.
 */
export const invalidJson = { name: 'invalid-json' } as const

/** How a rule is set: `'off'`, `'warn'`, `'error'` (or 0, 1, 2). */
export type SeverityLevel = 'off' | 'warn' | 'error' | 0 | 1 | 2

/** A rule's setting: a severity, or a severity and options, as in ESLint. */
export type RuleEntry = SeverityLevel | readonly [SeverityLevel] | readonly [SeverityLevel, Record<string, unknown>]

/**
 * Severities and options per rule id. Built-in rules not named keep their recommended setting; a
 * plugin's rules (`namespace/rule-id`) run only when named.
 */
export interface LintConfig {
  rules?: Readonly<Record<string, RuleEntry>>
  /** Plugins by namespace: what rule ids with a `/` refer to. */
  plugins?: Plugins
  /** Shared analysis settings (`wordsPerMinute`); a rule's own option still overrides. */
  settings?: FlowSettings
}

/** A rule that will run, with its severity and its options (defaults included). */
export interface ActiveRule {
  rule: AnyRuleModule
  /** The id it reports under: its name, or `namespace/name` for a plugin's rule. */
  id: string
  severity: Severity
  options: unknown
  /** The shared settings it sees. */
  settings: RuleSettings
}

/**
 * A configuration that cannot be used: an unknown rule, a bad severity, options the rule rejects. From
 * a config array, `keyPath` says where (`[2].rules["greeting-too-short"]`) and starts the message.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'

  constructor(
    detail: string,
    readonly keyPath?: string,
  ) {
    super(keyPath === undefined ? detail : `${keyPath}: ${detail}`)
  }
}

const rulesById = new Map<string, AnyRuleModule>(rules.map((rule) => [rule.name, rule]))

/** The recommended configuration, read from each rule's metadata. */
export const recommendedConfig: Required<Pick<LintConfig, 'rules'>> = {
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
  const settings = withDefaultSettings(config.settings)
  const active: ActiveRule[] = []
  for (const ruleId of Object.keys(entries)) {
    const rule = activeRuleOf(ruleId, entries[ruleId], config.plugins, settings)
    if (rule !== undefined) active.push(rule)
  }
  return active
}

/**
 * One rule's setting, checked and resolved: undefined when it is off (or is `invalid-json`, which
 * always runs). Throws `ConfigError` for an unknown rule, a bad severity or options the rule rejects.
 */
export function activeRuleOf(ruleId: string, entry: unknown, plugins: Plugins | undefined, settings: RuleSettings): ActiveRule | undefined {
  const [level, userOptions] = Array.isArray(entry) ? (entry as readonly unknown[]) : [entry]
  if (ruleId === invalidJson.name) {
    checkAlwaysOn(level, userOptions)
    return undefined
  }
  const rule = ruleById(ruleId, plugins)
  if (rule === undefined) throw new ConfigError(unknownRuleMessage(ruleId, plugins))
  const severity = parseSeverity(level, ruleId)
  if (severity === 0) return undefined
  return { rule, id: ruleId, severity, options: resolveOptions(rule, ruleId, userOptions), settings }
}

/** Every rule id a config may name: the rules, and `invalid-json`, which is always an error. */
export const knownRuleIds: readonly string[] = [invalidJson.name, ...rulesById.keys()]

/** The rule an id names: a built-in rule, or `namespace/rule-id` of a registered plugin. */
export function ruleById(ruleId: string, plugins: Plugins | undefined): AnyRuleModule | undefined {
  const slash = ruleId.indexOf('/')
  if (slash < 0) return rulesById.get(ruleId)
  const namespace = ruleId.slice(0, slash)
  const name = ruleId.slice(slash + 1)
  if (plugins === undefined || !Object.hasOwn(plugins, namespace)) return undefined
  const pluginRules = plugins[namespace]!.rules
  return Object.hasOwn(pluginRules, name) ? pluginRules[name] : undefined
}

/** Every rule id a config with these plugins may name: the built-in ones, then each plugin's. */
export function ruleIdsWith(plugins: Plugins | undefined): string[] {
  const ids = [...knownRuleIds]
  for (const [namespace, plugin] of Object.entries(plugins ?? {})) {
    for (const name of Object.keys(plugin.rules)) ids.push(`${namespace}/${name}`)
  }
  return ids
}

/** Why a rule id is unknown, with the nearest known id when it is a likely typo, and the known ones. */
export function unknownRuleMessage(ruleId: string, plugins?: Plugins): string {
  const { suggestion, why } = unknownRule(ruleId, plugins)
  if (suggestion === undefined) return `unknown rule "${ruleId}"; ${why}`
  return `unknown rule "${ruleId}"; did you mean "${suggestion}"? ${why.charAt(0).toUpperCase()}${why.slice(1)}`
}

/** As `unknownRuleMessage`, where a key path already names the rule: the known ones only when none is near. */
export function unknownRuleDetail(ruleId: string, plugins?: Plugins): string {
  const { suggestion, why } = unknownRule(ruleId, plugins)
  return suggestion === undefined ? `unknown rule; ${why}` : `unknown rule; did you mean "${suggestion}"?`
}

function unknownRule(ruleId: string, plugins: Plugins | undefined): { suggestion: string | undefined; why: string } {
  const ids = ruleIdsWith(plugins)
  const slash = ruleId.indexOf('/')
  const namespace = ruleId.slice(0, Math.max(slash, 0))
  const registered = Object.keys(plugins ?? {})
  const noPlugin = slash >= 0 && !registered.includes(namespace)
  const why = noPlugin
    ? `no plugin is registered as "${namespace}" (${registered.length === 0 ? 'no plugins are registered' : `registered: ${registered.join(', ')}`})`
    : `known rules: ${ids.join(', ')}`
  return { suggestion: nearestMatch(ruleId, ids), why }
}

/** `invalid-json` may be named, but only as an error: a file that is not JSON always fails. */
function checkAlwaysOn(level: unknown, options: unknown): void {
  if (parseSeverity(level, invalidJson.name) !== 2) {
    throw new ConfigError(`rule "${invalidJson.name}" cannot be turned off or made a warning: a file that is not valid JSON is always an error`)
  }
  if (options !== undefined) throw new ConfigError(`rule "${invalidJson.name}" takes no options`)
}

function resolveOptions(rule: AnyRuleModule, ruleId: string, userOptions: unknown): unknown {
  if (userOptions === undefined) return rule.defaultOptions
  if (typeof userOptions !== 'object' || userOptions === null || Array.isArray(userOptions)) {
    throw new ConfigError(`rule "${ruleId}": options must be an object`)
  }
  const merged: unknown = { ...(rule.defaultOptions as object), ...userOptions }
  if (rule.meta.schema === undefined) {
    throw new ConfigError(`rule "${ruleId}" takes no options`)
  }
  const result = rule.meta.schema.safeParse(merged)
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ')
    throw new ConfigError(`rule "${ruleId}": invalid options: ${detail}`)
  }
  return result.data
}
