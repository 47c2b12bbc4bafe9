import { createRequire } from 'node:module'
import type { ESLint, Linter } from 'eslint'
import { recommendedConfigs } from './configs.js'
import { configsFromFsflow } from './from-config.js'
import { rules } from './rules/index.js'

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string }

/** `@eslint/json`, an optional peer: without it, only builder code is linted. */
const json = await import('@eslint/json').then(
  (module) => module.default as unknown as ESLint.Plugin,
  () => undefined,
)

/** The fsflow ESLint plugin, in ESLint's flat-config shape. */
const plugin: ESLint.Plugin & { configs: { recommended: Linter.Config[] } } = {
  meta: { name, version, namespace: 'fsflow' },
  rules,
  configs: { recommended: [] },
}
plugin.configs.recommended = recommendedConfigs(plugin, json)

export default plugin
export { recommendedRules } from './configs.js'

/**
 * ESLint flat config from your fsflow config, so that ESLint, `fsflow lint` and `fsflow build` read
 * one config: `export default [...fromConfig(fsflowConfig)]` in eslint.config.js, with
 * `import fsflowConfig from './fsflow.config.js'`. Includes the recommended setup; see docs/eslint.md.
 */
export function fromConfig(config: unknown): Linter.Config[] {
  return configsFromFsflow(config, plugin, json)
}
