import { describe, expect, it } from 'vitest'
import { parseRuleFlags } from '../../../src/commands/lint/rule-flag.js'
import { ExitError } from '../../../src/exit-error.js'

describe('parseRuleFlags', () => {
  it('reads a rule id and a severity name', () => {
    expect(parseRuleFlags(['greeting-too-short: off'])).toEqual({ 'greeting-too-short': 'off' })
  })

  it('reads a severity number', () => {
    expect(parseRuleFlags(['greeting-too-short:2'])).toEqual({ 'greeting-too-short': 2 })
  })

  it('reads a severity and options written as JSON', () => {
    expect(parseRuleFlags(['greeting-too-short: ["warn", {"minSeconds": 6}]'])).toEqual({
      'greeting-too-short': ['warn', { minSeconds: 6 }],
    })
  })

  it('lets a later flag for the same rule win', () => {
    expect(parseRuleFlags(['empty-condition: error', 'empty-condition: off'])).toEqual({ 'empty-condition': 'off' })
  })

  it('passes a severity it does not know on, for the analyzer to reject with the rule named', () => {
    expect(parseRuleFlags(['empty-condition: loud'])).toEqual({ 'empty-condition': 'loud' })
  })

  it.each(['empty-condition', ': off', 'empty-condition:', ''])('rejects %j, which is not "<rule-id>: <setting>"', (value) => {
    expect(() => parseRuleFlags([value])).toThrow(ExitError)
    expect(() => parseRuleFlags([value])).toThrow("expects '<rule-id>: <setting>'")
  })

  it('rejects a setting that is neither a severity name nor JSON', () => {
    expect(() => parseRuleFlags(['greeting-too-short: ["warn", {minSeconds: 6}]'])).toThrow('neither a severity nor valid JSON')
  })

  it('keeps a rule id that names an object property as a rule id', () => {
    expect(Object.keys(parseRuleFlags(['__proto__: off']))).toEqual(['__proto__'])
  })
})
