import { type ConfigObject, ConfigError, type Plugin, checkConfig } from '@fsflow/analyzer'
import type { ESLint, Linter } from 'eslint'
import { recommendedRules } from './configs.js'
import { fromAnalyzerRule } from './rules/from-analyzer-rule.js'
import { suppressSettingsKey } from './suppressions.js'

/** The ESLint plugin made of an fsflow plugin, once per plugin and namespace. */
const eslintPlugins = new WeakMap<Plugin, Map<string, ESLint.Plugin>>()

function eslintPluginOf(namespace: string, plugin: Plugin): ESLint.Plugin {
  let byNamespace = eslintPlugins.get(plugin)
  if (byNamespace === undefined) eslintPlugins.set(plugin, (byNamespace = new Map<string, ESLint.Plugin>()))
  let made = byNamespace.get(namespace)
  if (made === undefined) {
    const plugins = { [namespace]: plugin }
    const rules = Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, fromAnalyzerRule(rule, { id: `${namespace}/${name}`, plugins })]))
    made = { meta: { name: plugin.meta.name, ...(plugin.meta.version === undefined ? {} : { version: plugin.meta.version }) }, rules }
    byNamespace.set(namespace, made)
  }
  return made
}

/** An fsflow rule id as ESLint names it: built-in rules under `fsflow/`, a plugin's under its own namespace, as in fsflow. */
function eslintRuleId(ruleId: string): string {
  return ruleId.includes('/') ? ruleId : `fsflow/${ruleId}`
}

/**
 * ESLint flat config from an fsflow config (the array `fsflow.config.*` exports): the recommended
 * setup, its JSON language also on the JSON files the config's `files` name, then each fsflow object
 * as an ESLint object with the same `files`, `ignores`, rules (built-in ones under `fsflow/`, a
 * plugin's under its namespace, as in fsflow), settings (under `settings.fsflow`), plugins and
 * suppressions (which the fsflow rules honour, as fsflow-disable comments). ESLint
 * then resolves them as fsflow does. Patterns are relative to eslint.config.js's folder: keep both
 * files side by side. Throws the config's first problem, with its key path.
 */
export function configsFromFsflow(config: unknown, plugin: ESLint.Plugin, json: ESLint.Plugin | undefined): Linter.Config[] {
  let objects: ConfigObject[]
  try {
    objects = checkConfig(config)
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`fsflow config: ${error.message}`)
    throw error
  }
  const configs: Linter.Config[] = []
  if (json !== undefined) {
    const jsonFiles = objects.flatMap((object) => (object.ignores !== undefined && Object.keys(object).every((key) => key === 'ignores' || key === 'name') ? [] : (object.files ?? [])))
    configs.push({
      name: 'fsflow/config/json',
      files: ['**/*.flow.json', ...jsonFiles.map((pattern) => [pattern, '**/*.json'])],
      language: 'json/json',
      plugins: { fsflow: plugin, json },
      rules: recommendedRules(),
    })
  }
  configs.push({ name: 'fsflow/config/builder', files: ['**/*.{ts,mts,js,mjs}'], plugins: { fsflow: plugin }, rules: recommendedRules() })
  objects.forEach((object, index) => {
    configs.push(eslintObjectOf(object, index))
  })
  return configs
}

function eslintObjectOf(object: ConfigObject, index: number): Linter.Config {
  const converted: Linter.Config = { name: object.name ?? `fsflow/config/${String(index)}` }
  if (object.files !== undefined) converted.files = [...object.files]
  if (object.ignores !== undefined) converted.ignores = [...object.ignores]
  if (object.plugins !== undefined) {
    converted.plugins = Object.fromEntries(Object.entries(object.plugins).map(([namespace, plugin]) => [namespace, eslintPluginOf(namespace, plugin)]))
  }
  if (object.rules !== undefined) {
    // `invalid-json` is ESLint's own parse error there: always on, nothing to set.
    const rules = Object.entries(object.rules).filter(([ruleId]) => ruleId !== 'invalid-json')
    converted.rules = Object.fromEntries(rules.map(([ruleId, entry]) => [eslintRuleId(ruleId), entry as Linter.RuleEntry]))
  }
  if (object.settings !== undefined) converted.settings = { fsflow: object.settings }
  // Keyed by the object's index: ESLint merges settings deeply, so the lists of the objects that apply add up, as in fsflow.
  if (object.suppress !== undefined) converted.settings = { ...converted.settings, [suppressSettingsKey]: { [String(index)]: object.suppress } }
  return converted
}
