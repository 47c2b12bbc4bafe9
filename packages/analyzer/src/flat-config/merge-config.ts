import type { RuleEntry } from '../config.js'
import { isJsonObject } from '../describe-value.js'
import type { Plugin } from '../plugin.js'
import type { FlowSettings } from '../settings.js'
import type { ConfigObject, ConfigSuppression } from './config-object.js'

/** What the config objects that match one file set for it, merged: what `--print-config` prints. */
export interface ResolvedConfig {
  /** Severities and options by rule id, of the rules the config names (built-in rules not named keep their recommended setting). */
  rules: Record<string, RuleEntry>
  settings: FlowSettings
  plugins: Record<string, Plugin>
  /** Every matching object's suppressions, in order: these add up, where rules override. */
  suppress: ConfigSuppression[]
}

/**
 * Merges the config objects that apply to a file, in order, as ESLint merges flat config: for each
 * rule, the last object that sets it wins, except that a severity alone keeps the options set
 * before; settings merge key by key (deeply, for a plugin's object); plugins add up; suppressions
 * concatenate. `configFile` is recorded on each suppression.
 */
export function mergeConfigObjects(objects: readonly ConfigObject[], configFile: string): ResolvedConfig {
  const resolved: ResolvedConfig = { rules: {}, settings: {}, plugins: {}, suppress: [] }
  for (const object of objects) {
    if (object.rules !== undefined) resolved.rules = mergeRules(resolved.rules, object.rules)
    if (object.settings !== undefined) resolved.settings = mergeDeep(resolved.settings, object.settings) as FlowSettings
    if (object.plugins !== undefined) Object.assign(resolved.plugins, object.plugins)
    for (const entry of object.suppress ?? []) resolved.suppress.push({ ...entry, configFile })
  }
  return resolved
}

/** Later rule settings over earlier ones, as ESLint merges them: `'warn'` over `['error', options]` is `['warn', options]`. */
export function mergeRules(earlier: Readonly<Record<string, RuleEntry>>, later: Readonly<Record<string, RuleEntry>>): Record<string, RuleEntry> {
  const merged: Record<string, RuleEntry> = { ...earlier }
  for (const [ruleId, entry] of Object.entries(later)) {
    const before = Object.hasOwn(merged, ruleId) ? merged[ruleId] : undefined
    const severityOnly = !Array.isArray(entry) || entry.length < 2
    const level = Array.isArray(entry) ? (entry as readonly [RuleEntry])[0] : entry
    if (severityOnly && Array.isArray(before) && before.length === 2) {
      merged[ruleId] = [level, (before as readonly [unknown, Record<string, unknown>])[1]] as RuleEntry
    } else {
      merged[ruleId] = entry
    }
  }
  return merged
}

/** Plain objects merged key by key, later values winning; anything else (arrays too) replaced whole. */
function mergeDeep(earlier: unknown, later: unknown): unknown {
  if (!isJsonObject(earlier) || !isJsonObject(later)) return later
  const merged: Record<string, unknown> = { ...earlier }
  for (const [key, value] of Object.entries(later)) {
    // Defined, not assigned: a `__proto__` key from JSON stays a key.
    Object.defineProperty(merged, key, { value: mergeDeep(Object.hasOwn(merged, key) ? merged[key] : undefined, value), enumerable: true, writable: true, configurable: true })
  }
  return merged
}
