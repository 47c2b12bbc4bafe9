import { rules as analyzerRules } from '@fsflow/analyzer'
import type { ESLint, Linter } from 'eslint'

/** The analyzer's recommended severity of every rule, under the plugin's namespace: read from rule metadata, never listed by hand. */
export function recommendedRules(): Linter.RulesRecord {
  return {
    ...Object.fromEntries(analyzerRules.map((rule) => [`fsflow/${rule.name}`, rule.meta.docs.recommended])),
    'fsflow/unended-chain': 'error',
    'fsflow/no-unresolved-chain': 'off',
  }
}

/**
 * `configs.recommended`: flow JSON through `@eslint/json`'s language (when it is installed), and
 * builder code in TypeScript and JavaScript with the parser the project already has.
 */
export function recommendedConfigs(plugin: ESLint.Plugin, json: ESLint.Plugin | undefined): Linter.Config[] {
  const configs: Linter.Config[] = []
  if (json !== undefined) {
    configs.push({ name: 'fsflow/recommended/json', files: ['**/*.flow.json'], language: 'json/json', plugins: { fsflow: plugin, json }, rules: recommendedRules() })
  }
  configs.push({ name: 'fsflow/recommended/builder', files: ['**/*.{ts,mts,js,mjs}'], plugins: { fsflow: plugin }, rules: recommendedRules() })
  return configs
}
