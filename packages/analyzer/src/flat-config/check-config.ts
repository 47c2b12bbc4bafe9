import { ConfigError, activeRuleOf, ruleById, unknownRuleDetail } from '../config.js'
import { describeValue, isJsonObject } from '../describe-value.js'
import { invalidJson } from '../config.js'
import { nearestMatch } from '../nearest-match.js'
import type { Plugin, Plugins } from '../plugin.js'
import { defaultSettings, settingSchemas } from '../settings.js'
import type { ConfigObject } from './config-object.js'
import { indexKey, propertyKey, quotedKey } from './key-path.js'

const objectKeys = ['name', 'files', 'ignores', 'rules', 'settings', 'plugins', 'suppress']
const suppressKeys = ['rule', 'nodeId', 'reason']

/** The namespace of fsflow's own rules in ESLint: no plugin may take it. */
const reservedNamespace = 'fsflow'

/**
 * Checks a config file's export, nested arrays flattened, and returns its objects. Throws
 * `ConfigError` at the first problem, with the key path of what is wrong and what was expected:
 * `[2].rules["greeting-too-shrt"]: unknown rule; did you mean "greeting-too-short"?`.
 */
export function checkConfig(value: unknown): ConfigObject[] {
  if (!Array.isArray(value)) throw new ConfigError(`the config must be an array of config objects; got ${describeValue(value)}`)
  const objects = flatten(value)
  objects.forEach((object, index) => {
    if (!isJsonObject(object)) throw new ConfigError(`expected a config object; got ${describeValue(object)}`, indexKey(index))
  })
  const checked = objects as Record<string, unknown>[]
  const plugins = registeredPlugins(checked)
  checked.forEach((object, index) => {
    checkObject(object, indexKey(index), plugins)
  })
  return checked
}

function flatten(values: readonly unknown[]): unknown[] {
  const flat: unknown[] = []
  const add = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value as unknown[]) add(item)
    else flat.push(value)
  }
  for (const value of values) add(value)
  return flat
}

/** Every plugin of the config by namespace, each namespace taken by one plugin only. */
function registeredPlugins(objects: readonly Record<string, unknown>[]): Plugins {
  const plugins = new Map<string, { plugin: Plugin; at: string }>()
  objects.forEach((object, index) => {
    if (object.plugins === undefined) return
    const path = `${indexKey(index)}.plugins`
    if (!isJsonObject(object.plugins)) throw new ConfigError(`expected an object of plugins by namespace; got ${describeValue(object.plugins)}`, path)
    for (const [namespace, plugin] of Object.entries(object.plugins)) {
      const at = `${path}${quotedKey(namespace)}`
      checkPlugin(namespace, plugin, at)
      const earlier = plugins.get(namespace)
      if (earlier !== undefined && earlier.plugin !== plugin) {
        throw new ConfigError(`another plugin is already registered as "${namespace}" at ${earlier.at}; give this one another namespace`, at)
      }
      plugins.set(namespace, { plugin: plugin, at })
    }
  })
  return Object.fromEntries([...plugins].map(([namespace, { plugin }]) => [namespace, plugin]))
}

function checkPlugin(namespace: string, plugin: unknown, at: string): asserts plugin is Plugin {
  if (namespace === '' || namespace.includes('/')) throw new ConfigError('a plugin namespace must be a non-empty name without "/"', at)
  if (namespace === reservedNamespace) throw new ConfigError(`the namespace "${reservedNamespace}" is fsflow's own; register the plugin under another`, at)
  if (!isJsonObject(plugin)) throw new ConfigError(`expected a plugin { meta: { name, version }, rules }; got ${describeValue(plugin)}`, at)
  if (!isJsonObject(plugin.meta) || typeof plugin.meta.name !== 'string' || plugin.meta.name === '') {
    throw new ConfigError(`expected a plugin name as a string; got ${describeValue(isJsonObject(plugin.meta) ? plugin.meta.name : plugin.meta)}`, `${at}.meta.name`)
  }
  if (!isJsonObject(plugin.rules)) throw new ConfigError(`expected an object of rules by id; got ${describeValue(plugin.rules)}`, `${at}.rules`)
  for (const [ruleId, rule] of Object.entries(plugin.rules)) {
    const ruleAt = `${at}.rules${quotedKey(ruleId)}`
    if (ruleId === '' || ruleId.includes('/')) throw new ConfigError('a rule id must be a non-empty name without "/"', ruleAt)
    const valid = isJsonObject(rule) && typeof rule.create === 'function' && isJsonObject(rule.meta) && isJsonObject(rule.meta.messages)
    if (!valid) throw new ConfigError(`expected a rule made with createRule (with meta.messages and create); got ${describeValue(rule)}`, ruleAt)
  }
}

function checkObject(object: Record<string, unknown>, at: string, plugins: Plugins): void {
  for (const key of Object.keys(object)) {
    if (objectKeys.includes(key)) continue
    const suggestion = nearestMatch(key, objectKeys)
    const hint = suggestion === undefined ? `a config object takes ${objectKeys.join(', ')}` : `did you mean "${suggestion}"?`
    throw new ConfigError(`unknown key; ${hint}`, `${at}${propertyKey(key)}`)
  }
  if (object.name !== undefined && typeof object.name !== 'string') throw new ConfigError(`expected a string; got ${describeValue(object.name)}`, `${at}.name`)
  checkGlobs(object.files, `${at}.files`)
  checkGlobs(object.ignores, `${at}.ignores`)
  if (object.rules !== undefined) checkRules(object.rules, `${at}.rules`, plugins)
  if (object.settings !== undefined) checkSettings(object.settings, `${at}.settings`, plugins)
  if (object.suppress !== undefined) checkSuppress(object.suppress, `${at}.suppress`, plugins)
}

function checkGlobs(globs: unknown, at: string): void {
  if (globs === undefined) return
  if (!Array.isArray(globs)) throw new ConfigError(`expected an array of glob strings; got ${describeValue(globs)}`, at)
  ;(globs as unknown[]).forEach((glob, index) => {
    if (typeof glob !== 'string' || glob === '') throw new ConfigError(`expected a glob string; got ${describeValue(glob)}`, `${at}${indexKey(index)}`)
  })
}

function checkRules(rules: unknown, at: string, plugins: Plugins): void {
  if (!isJsonObject(rules)) throw new ConfigError(`expected an object of rule settings by rule id; got ${describeValue(rules)}`, at)
  for (const [ruleId, entry] of Object.entries(rules)) {
    const ruleAt = `${at}${quotedKey(ruleId)}`
    if (ruleId !== invalidJson.name && ruleById(ruleId, plugins) === undefined) throw new ConfigError(unknownRuleDetail(ruleId, plugins), ruleAt)
    if (Array.isArray(entry) && (entry.length === 0 || entry.length > 2)) {
      throw new ConfigError(`expected a severity, or [severity, options]; got an array of ${String(entry.length)}`, ruleAt)
    }
    try {
      activeRuleOf(ruleId, entry, plugins, defaultSettings)
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(error.message.replace(`rule "${ruleId}": `, '').replace(`rule "${ruleId}" `, 'the rule '), ruleAt)
      throw error
    }
  }
}

function checkSettings(settings: unknown, at: string, plugins: Plugins): void {
  if (!isJsonObject(settings)) throw new ConfigError(`expected an object of settings; got ${describeValue(settings)}`, at)
  for (const [key, value] of Object.entries(settings)) {
    const settingAt = `${at}${propertyKey(key)}`
    if (Object.hasOwn(settingSchemas, key)) {
      const result = settingSchemas[key]!.safeParse(value)
      if (!result.success) throw new ConfigError(`${result.error.issues.map((issue) => issue.message).join('; ')}; got ${describeValue(value)}`, settingAt)
      continue
    }
    if (Object.hasOwn(plugins, key)) continue
    const known = Object.keys(settingSchemas)
    const suggestion = nearestMatch(key, [...known, ...Object.keys(plugins)])
    const hint = suggestion === undefined ? '' : ` did you mean "${suggestion}"?`
    throw new ConfigError(`unknown setting;${hint} Settings are ${known.join(', ')}, or a plugin's own under its namespace`, settingAt)
  }
}

function checkSuppress(suppress: unknown, at: string, plugins: Plugins): void {
  if (!Array.isArray(suppress)) throw new ConfigError(`expected an array of { rule, nodeId?, reason }; got ${describeValue(suppress)}`, at)
  ;(suppress as unknown[]).forEach((entry, index) => {
    const entryAt = `${at}${indexKey(index)}`
    if (!isJsonObject(entry)) throw new ConfigError(`expected { rule, nodeId?, reason }; got ${describeValue(entry)}`, entryAt)
    for (const key of Object.keys(entry)) {
      if (suppressKeys.includes(key)) continue
      const suggestion = nearestMatch(key, suppressKeys)
      throw new ConfigError(`unknown key; ${suggestion === undefined ? `a suppression takes ${suppressKeys.join(', ')}` : `did you mean "${suggestion}"?`}`, `${entryAt}${propertyKey(key)}`)
    }
    if (typeof entry.rule !== 'string') throw new ConfigError(`expected a rule id; got ${describeValue(entry.rule)}`, `${entryAt}.rule`)
    if (entry.rule === invalidJson.name) throw new ConfigError(`"${invalidJson.name}" cannot be suppressed: a file that is not valid JSON is always an error`, `${entryAt}.rule`)
    if (ruleById(entry.rule, plugins) === undefined) throw new ConfigError(unknownRuleDetail(entry.rule, plugins), `${entryAt}.rule`)
    if (entry.nodeId !== undefined && (typeof entry.nodeId !== 'string' || entry.nodeId === '')) {
      throw new ConfigError(`expected a node id (a non-empty string), or no nodeId for the whole file; got ${describeValue(entry.nodeId)}`, `${entryAt}.nodeId`)
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      throw new ConfigError(`expected the reason the problem is accepted, a non-empty string; got ${describeValue(entry.reason)}`, `${entryAt}.reason`)
    }
  })
}
