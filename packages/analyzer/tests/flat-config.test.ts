import { describe, expect, it } from 'vitest'
import { type ConfigObject, ConfigError, type Plugin, analyzeFlow, checkConfig, createRule, defineConfig, mergeConfigObjects } from '@fsflow/analyzer'
import { flowOf, say, words } from './flows.js'

const nodeCount = createRule<{ max: number }, 'tooMany'>({
  name: 'node-count',
  meta: {
    type: 'suggestion',
    docs: { description: 'Flows stay small.', recommended: 'warn', url: 'https://example.com/node-count' },
    messages: { tooMany: 'the flow has {{count}} nodes; at most {{max}}' },
  },
  defaultOptions: { max: 3 },
  create(context, { max }) {
    if (context.model.nodes.length > max) context.report({ messageId: 'tooMany', data: { count: context.model.nodes.length, max } })
  },
})

const acme: Plugin = { meta: { name: 'fsflow-plugin-acme', version: '1.0.0' }, rules: { 'node-count': nodeCount } }

/** The message of the ConfigError a config throws. */
function errorOf(config: unknown): string {
  try {
    checkConfig(config)
  } catch (error) {
    if (error instanceof ConfigError) return error.message
    throw error
  }
  throw new Error('the config was accepted')
}

describe('defineConfig', () => {
  it('flattens nested arrays of config objects, as ESLint does', () => {
    const shared: ConfigObject[] = [{ name: 'a' }, { name: 'b' }]
    expect(defineConfig({ name: 'first' }, shared, [[{ name: 'deep' }]]).map((object) => object.name)).toEqual(['first', 'a', 'b', 'deep'])
  })
})

describe('checkConfig', () => {
  it('accepts a config that uses every key', () => {
    const config = [
      { ignores: ['flows/generated/**'] },
      { name: 'legacy', files: ['flows/legacy/*.json'], ignores: ['flows/legacy/old.json'], plugins: { acme }, rules: { 'acme/node-count': 'error', 'greeting-too-short': ['warn', { minSeconds: 4 }] }, settings: { wordsPerMinute: 120, acme: { anything: true } }, suppress: [{ rule: 'empty-condition', nodeId: 'greeting', reason: 'known, ticket 12' }] },
    ]
    expect(checkConfig(config)).toEqual(config)
  })

  it('names the key path of an unknown rule, with the rule it is likely a typo of', () => {
    expect(errorOf([{}, {}, { rules: { 'greeting-too-shrt': 'warn' } }])).toBe('[2].rules["greeting-too-shrt"]: unknown rule; did you mean "greeting-too-short"?')
  })

  it('says which plugin namespace is unknown, and suggests a plugin rule close to the id', () => {
    expect(errorOf([{ plugins: { acme } }, { rules: { 'acme/node-cont': 'error' } }])).toBe('[1].rules["acme/node-cont"]: unknown rule; did you mean "acme/node-count"?')
    expect(errorOf([{ rules: { 'other/rule': 'error' } }])).toBe('[0].rules["other/rule"]: unknown rule; no plugin is registered as "other" (no plugins are registered)')
  })

  it('checks options against the rule schema and severities, at the rule key', () => {
    expect(errorOf([{ rules: { 'greeting-too-short': ['warn', { minSeconds: 'five' }] } }])).toMatch(/^\[0\]\.rules\["greeting-too-short"\]: invalid options: minSeconds: /)
    expect(errorOf([{ rules: { 'start-node': 'warning' } }])).toMatch(/^\[0\]\.rules\["start-node"\]: severity must be "off", "warn" or "error"/)
    expect(errorOf([{ rules: { 'start-node': ['error', {}, {}] } }])).toBe('[0].rules["start-node"]: expected a severity, or [severity, options]; got an array of 3')
  })

  it('rejects a glob that is not a string, and an unknown key with the key it is close to', () => {
    expect(errorOf([{ files: ['a.json', 3] }])).toBe('[0].files[1]: expected a glob string; got 3')
    expect(errorOf([{ ignores: 'dist' }])).toBe('[0].ignores: expected an array of glob strings; got "dist"')
    expect(errorOf([{ rule: {} }])).toBe('[0].rule: unknown key; did you mean "rules"?')
    expect(errorOf({ rules: {} })).toBe('the config must be an array of config objects; got an object {rules}')
  })

  it('checks settings: a known setting by its schema, an unknown one against the settings and plugin namespaces', () => {
    expect(errorOf([{ settings: { wordsPerMinute: -1 } }])).toMatch(/^\[0\]\.settings\.wordsPerMinute: .*; got -1$/)
    expect(errorOf([{ settings: { wordPerMinute: 120 } }])).toBe('[0].settings.wordPerMinute: unknown setting; did you mean "wordsPerMinute"? Settings are wordsPerMinute, or a plugin\'s own under its namespace')
  })

  it('checks suppressions: a known rule, an optional node id, a reason that says something', () => {
    expect(errorOf([{ suppress: [{ rule: 'greeting-too-shot', reason: 'x' }] }])).toBe('[0].suppress[0].rule: unknown rule; did you mean "greeting-too-short"?')
    expect(errorOf([{ suppress: [{ rule: 'greeting-too-short', reason: '  ' }] }])).toMatch(/^\[0\]\.suppress\[0\]\.reason: expected the reason/)
    expect(errorOf([{ suppress: [{ rule: 'greeting-too-short', nodeId: 4, reason: 'r' }] }])).toMatch(/^\[0\]\.suppress\[0\]\.nodeId: expected a node id/)
    expect(errorOf([{ suppress: [{ rule: 'greeting-too-short', nodeid: 'a', reason: 'r' }] }])).toBe('[0].suppress[0].nodeid: unknown key; did you mean "nodeId"?')
    expect(() => checkConfig([{ plugins: { acme } }, { suppress: [{ rule: 'acme/node-count', reason: 'big on purpose' }] }])).not.toThrow()
  })

  it('rejects a plugin that is not one, a reserved namespace, and two plugins under one namespace', () => {
    expect(errorOf([{ plugins: { acme: { rules: {} } } }])).toBe('[0].plugins["acme"].meta.name: expected a plugin name as a string; got nothing')
    expect(errorOf([{ plugins: { acme: { meta: { name: 'a' }, rules: { x: {} } } } }])).toMatch(/^\[0\]\.plugins\["acme"\]\.rules\["x"\]: expected a rule made with createRule/)
    expect(errorOf([{ plugins: { fsflow: acme } }])).toMatch(/^\[0\]\.plugins\["fsflow"\]: the namespace "fsflow" is fsflow's own/)
    expect(errorOf([{ plugins: { acme } }, { plugins: { acme: { ...acme } } }])).toBe('[1].plugins["acme"]: another plugin is already registered as "acme" at [0].plugins["acme"]; give this one another namespace')
  })
})

describe('mergeConfigObjects', () => {
  it('lets the last object win for a rule, keeping earlier options when the later sets only a severity', () => {
    const merged = mergeConfigObjects([{ rules: { 'greeting-too-short': ['error', { minSeconds: 7 }], 'start-node': 'warn' } }, { rules: { 'greeting-too-short': 'warn' } }], 'fsflow.config.json')
    expect(merged.rules).toEqual({ 'greeting-too-short': ['warn', { minSeconds: 7 }], 'start-node': 'warn' })
  })

  it('concatenates suppressions across objects, each with its config file', () => {
    const merged = mergeConfigObjects(
      [{ suppress: [{ rule: 'empty-condition', reason: 'a' }] }, { suppress: [{ rule: 'greeting-too-short', nodeId: 'recognition', reason: 'b' }] }],
      '/repo/fsflow.config.mjs',
    )
    expect(merged.suppress).toEqual([
      { rule: 'empty-condition', reason: 'a', configFile: '/repo/fsflow.config.mjs' },
      { rule: 'greeting-too-short', nodeId: 'recognition', reason: 'b', configFile: '/repo/fsflow.config.mjs' },
    ])
  })

  it('merges settings key by key', () => {
    expect(mergeConfigObjects([{ settings: { wordsPerMinute: 120, acme: { a: 1, b: 1 } } }, { settings: { acme: { b: 2 } } }], 'c').settings).toEqual({ wordsPerMinute: 120, acme: { a: 1, b: 2 } })
  })
})

describe('plugin rules and settings in the analyzer', () => {
  const flow = flowOf(say('greeting', words(12), 'recognition'), { id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', newUser: 'end', noFace: 'end' } })

  it('runs a plugin rule under its namespaced id only when a config names it', () => {
    expect(analyzeFlow(flow, { plugins: { acme } }).some((diagnostic) => diagnostic.ruleId.startsWith('acme/'))).toBe(false)
    const found = analyzeFlow(flow, { plugins: { acme }, rules: { 'acme/node-count': 'error' } }).filter((diagnostic) => diagnostic.ruleId === 'acme/node-count')
    expect(found).toMatchObject([{ ruleId: 'acme/node-count', severity: 2, messageId: 'tooMany', data: { count: 4, max: 3 }, message: 'the flow has 4 nodes; at most 3' }])
  })

  it('gives rules the shared wordsPerMinute, which a rule option still overrides', () => {
    const greeting = (config: Parameters<typeof analyzeFlow>[1]): number => analyzeFlow(flow, config).filter((diagnostic) => diagnostic.ruleId === 'greeting-too-short').length
    // 12 words: 4.8 s at 150 words a minute (reported), 6 s at 120.
    expect(greeting({})).toBe(1)
    expect(greeting({ settings: { wordsPerMinute: 120 } })).toBe(0)
    expect(greeting({ settings: { wordsPerMinute: 120 }, rules: { 'greeting-too-short': ['warn', { wordsPerMinute: 150 }] } })).toBe(1)
  })

  it('rejects a plugin rule whose plugin is not registered', () => {
    expect(() => analyzeFlow(flow, { rules: { 'acme/node-count': 'error' } })).toThrow(/unknown rule "acme\/node-count"; no plugin is registered as "acme"/)
  })
})
