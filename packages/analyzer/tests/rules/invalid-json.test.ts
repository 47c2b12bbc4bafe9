import { describe, expect, it } from 'vitest'
import { analyzeFlow, lintJsonText } from '@fsflow/analyzer'
import { accountRecoveryText } from '../flows.js'

describe('invalid-json', () => {
  it('reports a truncated file just past its last character, where the closing brace is missing', () => {
    const diagnostics = lintJsonText('[\n  { "id": "start", "type": "start"')
    expect(diagnostics).toEqual([
      {
        ruleId: 'invalid-json',
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

  it('can be turned off', () => {
    expect(lintJsonText('[', { rules: { 'invalid-json': 'off' } })).toEqual([])
  })
})
