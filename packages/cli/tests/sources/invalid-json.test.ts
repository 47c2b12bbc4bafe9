import { describe, expect, it } from 'vitest'
import { ConfigError, analyzeFlow, rules } from '@fsflow/analyzer'
import { accountRecoveryText } from '../../../analyzer/tests/flows.js'
import { lintJsonText } from '../../src/lint-text.js'

describe('a text that is not JSON', () => {
  it('reports a truncated file just past its last character, where the closing brace is missing', () => {
    const diagnostics = lintJsonText('[\n  { "id": "start", "type": "start"')
    expect(diagnostics).toEqual([
      {
        ruleId: 'invalid-json',
        fatal: true,
        severity: 2,
        path: '',
        message: 'invalid JSON: expected "}"',
        messageId: 'invalid',
        data: { message: 'invalid JSON: expected "}"' },
        line: 2,
        column: 35,
        endLine: 2,
        endColumn: 36,
      },
    ])
  })

  it('reports an empty file at line 1, column 1', () => {
    const [diagnostic, ...rest] = lintJsonText('')
    expect(rest).toEqual([])
    expect(diagnostic).toMatchObject({ ruleId: 'invalid-json', severity: 2, line: 1, column: 1 })
    expect(diagnostic?.message).toMatch(/^invalid JSON: /)
  })

  it('reports a file of only whitespace where its text ends', () => {
    expect(lintJsonText('\n\n  ')).toMatchObject([{ ruleId: 'invalid-json', line: 3, column: 3 }])
  })

  it('reports trailing garbage after a valid flow at the first character of the garbage', () => {
    const diagnostics = lintJsonText('[\n  { "id": "end", "type": "end" }\n]\n]')
    expect(diagnostics).toEqual([
      {
        ruleId: 'invalid-json',
        fatal: true,
        severity: 2,
        path: '',
        message: 'invalid JSON: unexpected text after the end of the JSON value',
        messageId: 'invalid',
        data: { message: 'invalid JSON: unexpected text after the end of the JSON value' },
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 2,
      },
    ])
  })

  it('reports a trailing comma and a comment, which JSON does not allow', () => {
    expect(lintJsonText('[\n  {"id": "end", "type": "end"},\n]')).toMatchObject([{ ruleId: 'invalid-json', line: 3, column: 1 }])
    expect(lintJsonText('// my flow\n[]')).toMatchObject([{ ruleId: 'invalid-json', line: 1, column: 1 }])
  })

  it('says "trailing comma" for a comma before a closing bracket or brace', () => {
    expect(lintJsonText('[\n  {"id": "end", "type": "end"},\n]')[0]?.message).toContain('trailing comma')
    expect(lintJsonText('[{"id": "end", "type": "end",}]')[0]?.message).toContain('trailing comma')
  })

  it('reports a bad literal at the character where it goes wrong', () => {
    expect(lintJsonText('[\n  {"id": "a",\n   "doesNotRequireReply": tru }\n]')).toMatchObject([
      { ruleId: 'invalid-json', severity: 2, line: 3, column: 27, message: 'invalid JSON: unexpected character' },
    ])
  })

  it('is the only finding on a file that is not JSON: no rule sees a half-read flow', () => {
    const text = accountRecoveryText()
    const diagnostics = lintJsonText(text.slice(0, text.length / 2))
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['invalid-json'])
  })

  it('has no node id', () => {
    expect(lintJsonText('{')[0]?.nodeId).toBeUndefined()
  })

  it('accepts a byte order mark before the JSON', () => {
    expect(lintJsonText('\uFEFF' + accountRecoveryText()).filter((d) => d.severity === 2)).toEqual([])
  })

  it('never reports a value that was already parsed', () => {
    expect(analyzeFlow(undefined).map((d) => d.ruleId)).not.toContain('invalid-json')
  })

  it('is a fatal message of the JSON source, not a rule that a config could leave out', () => {
    expect(rules.map((rule) => rule.name)).not.toContain('invalid-json')
    expect(lintJsonText('[', { rules: { 'invalid-json': 'error' } })).toMatchObject([{ ruleId: 'invalid-json', fatal: true, severity: 2 }])
  })

  it('still fails when every rule is turned off', () => {
    const everyRuleOff = Object.fromEntries(rules.map((rule) => [rule.name, 'off' as const]))
    expect(lintJsonText('[', { rules: everyRuleOff })).toMatchObject([{ ruleId: 'invalid-json', fatal: true, severity: 2 }])
  })

  it('cannot be turned off or made a warning: such a config is rejected, saying why', () => {
    for (const level of ['off', 'warn', 0, 1] as const) {
      expect(() => lintJsonText('[', { rules: { 'invalid-json': level } })).toThrow(ConfigError)
    }
    expect(() => lintJsonText('[]', { rules: { 'invalid-json': 'off' } })).toThrow(/"invalid-json" cannot be turned off/)
  })
})
