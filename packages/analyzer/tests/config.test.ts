import { describe, expect, it } from 'vitest'
import { ConfigError, type RuleEntry, parseSeverity, recommendedConfig, resolveConfig, rules } from '@fsflow/analyzer'

describe('recommendedConfig', () => {
  it('sets every rule to the severity its metadata recommends', () => {
    expect(Object.keys(recommendedConfig.rules)).toEqual(rules.map((rule) => rule.name))
    for (const rule of rules) expect(recommendedConfig.rules[rule.name]).toBe(rule.meta.docs.recommended)
  })

  it('makes the contract rules errors and greeting-too-short, misplaced-does-not-require-reply, empty-condition warnings', () => {
    const errors = ['invalid-schema', 'duplicate-node-id', 'start-node', 'dangling-target', 'missing-outcome', 'unreachable-node', 'no-path-to-end', 'duplicate-outcome-id', 'flow-and-modules']
    const warnings = ['greeting-too-short', 'misplaced-does-not-require-reply', 'empty-condition']
    for (const id of errors) expect([id, recommendedConfig.rules[id]]).toEqual([id, 'error'])
    for (const id of warnings) expect([id, recommendedConfig.rules[id]]).toEqual([id, 'warn'])
  })
})

describe('resolveConfig', () => {
  it('runs every rule with its defaults when given nothing', () => {
    const active = resolveConfig()
    expect(active.map((a) => a.rule.name)).toEqual(rules.map((rule) => rule.name))
    expect(active.find((a) => a.rule.name === 'greeting-too-short')?.options).toEqual({ minSeconds: 5 })
  })

  it('accepts severities as words and numbers, and drops rules that are off', () => {
    const active = resolveConfig({ rules: { 'start-node': 'off', 'dangling-target': 1, 'empty-condition': ['error'] } })
    const severity = (id: string): number | undefined => active.find((a) => a.rule.name === id)?.severity
    expect(severity('start-node')).toBeUndefined()
    expect(severity('dangling-target')).toBe(1)
    expect(severity('empty-condition')).toBe(2)
  })

  it('merges options over the defaults', () => {
    const active = resolveConfig({ rules: { 'greeting-too-short': ['warn', { minSeconds: 8 }] } })
    expect(active.find((a) => a.rule.name === 'greeting-too-short')?.options).toEqual({ minSeconds: 8 })
  })

  it('rejects an unknown rule, listing the known ones', () => {
    expect(() => resolveConfig({ rules: { 'no-such-rule': 'error' } })).toThrow(ConfigError)
    expect(() => resolveConfig({ rules: { 'no-such-rule': 'error' } })).toThrow(/unknown rule "no-such-rule"; known rules: invalid-json, invalid-schema/)
  })

  it('names the nearest rule id when an unknown one is a likely typo of it', () => {
    expect(() => resolveConfig({ rules: { 'dangling-targte': 'off' } })).toThrow(/unknown rule "dangling-targte"; did you mean "dangling-target"\?/)
  })

  it('accepts invalid-json, the JSON source\'s fatal message and no rule, as an error, which it always is, and nothing else', () => {
    expect(rules.map((rule) => rule.name)).not.toContain('invalid-json')
    expect(resolveConfig({ rules: { 'invalid-json': 'error' } }).map((a) => a.rule.name)).toEqual(rules.map((rule) => rule.name))
    expect(() => resolveConfig({ rules: { 'invalid-json': 'off' } })).toThrow(/"invalid-json" cannot be turned off or made a warning/)
    expect(() => resolveConfig({ rules: { 'invalid-json': ['error', {}] } })).toThrow(/takes no options/)
  })

  it('rejects a rule named like a property of every object', () => {
    expect(() => resolveConfig({ rules: JSON.parse('{"__proto__": "error"}') as Record<string, RuleEntry> })).toThrow(ConfigError)
    const toStringRule: Record<string, RuleEntry> = { toString: 'error' as const }
    expect(() => resolveConfig({ rules: toStringRule })).toThrow(ConfigError)
  })

  it('rejects a bad severity', () => {
    expect(() => resolveConfig({ rules: { 'start-node': 'warning' as 'warn' } })).toThrow(/severity must be "off", "warn" or "error"/)
  })

  it('rejects options for a rule that takes none', () => {
    expect(() => resolveConfig({ rules: { 'start-node': ['error', { strict: true }] } })).toThrow(/takes no options/)
  })

  it('rejects options that are not an object', () => {
    expect(() => resolveConfig({ rules: { 'greeting-too-short': ['warn', 5 as unknown as Record<string, unknown>] } })).toThrow(/options must be an object/)
  })
})

describe('parseSeverity', () => {
  it('turns words and numbers into 0, 1 or 2', () => {
    expect(['off', 'warn', 'error', 0, 1, 2].map((level) => parseSeverity(level, 'x'))).toEqual([0, 1, 2, 0, 1, 2])
  })
})
