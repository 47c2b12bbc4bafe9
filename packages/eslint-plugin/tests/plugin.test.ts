import { recommendedConfig, rules as analyzerRules } from '@fsflow/analyzer'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../src/index.js'

describe('the plugin', () => {
  it('names itself in the shape ESLint documents for plugins', () => {
    expect(plugin.meta).toEqual({ name: '@fsflow/eslint-plugin', version: expect.any(String) as string, namespace: 'fsflow' })
  })

  it("has one rule per analyzer rule, under the same id, the builder's unended-chain, and no-unresolved-chain", () => {
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual([...analyzerRules.map((rule) => rule.name), 'unended-chain', 'no-unresolved-chain'].sort())
  })

  it("gives each rule the analyzer rule's messages and documentation page", () => {
    for (const rule of analyzerRules) {
      const meta = plugin.rules?.[rule.name]?.meta
      expect(meta?.messages).toMatchObject(rule.meta.messages)
      expect(meta?.docs?.url).toBe(rule.meta.docs.url)
    }
  })

  it("recommends each rule at the analyzer's recommended severity, and leaves no-unresolved-chain off", () => {
    const expected = { ...Object.fromEntries(Object.entries(recommendedConfig.rules).map(([id, level]) => [`fsflow/${id}`, level])), 'fsflow/unended-chain': 'error', 'fsflow/no-unresolved-chain': 'off' }
    expect(plugin.configs.recommended.map((config) => config.rules)).toEqual([expected, expected])
  })

  it('lints flow JSON with @eslint/json and builder code with the parser the project has', () => {
    expect(plugin.configs.recommended.map(({ files, language }) => ({ files, language }))).toEqual([
      { files: ['**/*.flow.json'], language: 'json/json' },
      { files: ['**/*.{ts,mts,js,mjs}'], language: undefined },
    ])
  })

  it("checks a rule's options against the JSON Schema of its own zod schema", () => {
    const linter = new Linter({ configType: 'flat' })
    const [jsonConfig] = plugin.configs.recommended
    const lint = (options: unknown) =>
      linter.verify('[]', [{ ...jsonConfig, files: ['**/*.json'], rules: { 'fsflow/greeting-too-short': ['warn', options] } }], 'flow.json')
    expect(() => lint({ minSeconds: 6 })).not.toThrow()
    expect(() => lint({ minSeconds: 'six' })).toThrow(/should be number/)
    expect(() => lint({ seconds: 6 })).toThrow(/additional properties/)
    expect(() => lint({ minSeconds: -1 })).toThrow(/should be >= 0/)
  })
})
