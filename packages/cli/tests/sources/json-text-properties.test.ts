import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Diagnostic, analyzeFlow, rules } from '@fsflow/analyzer'
import type { LintMessage } from '../../src/lint-result.js'
import { lintJsonText } from '../../src/lint-text.js'
import { randomDocument } from '../../../analyzer/tests/arbitraries.js'

const ruleIds = new Set(['invalid-json', ...rules.map((rule) => rule.name)])

/** Fails unless every message has a known rule id, a severity, a message, a pointer and a 1-based span. */
function expectWellFormed(messages: readonly LintMessage[]): void {
  for (const message of messages) {
    expect(ruleIds.has(message.ruleId ?? ''), String(message.ruleId)).toBe(true)
    expect([1, 2]).toContain(message.severity)
    expect(message.message).not.toBe('')
    expect(message.path === '' || message.path.startsWith('/')).toBe(true)
    for (const n of [message.line, message.column, message.endLine, message.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true)
  }
}

/** What a finding says, without where. */
const said = (d: Diagnostic | LintMessage): string => JSON.stringify([d.ruleId, d.nodeId ?? null, d.message])
const sortedSaid = (diagnostics: readonly (Diagnostic | LintMessage)[]): string[] => diagnostics.map(said).sort()

describe('the JSON text source, on random documents and texts', () => {
  it('lintJsonText finds in the text of a document what analyzeFlow finds in the document, located', () => {
    fc.assert(
      fc.property(randomDocument, fc.boolean(), (document, pretty) => {
        const diagnostics = lintJsonText(JSON.stringify(document, null, pretty ? 2 : undefined))
        expectWellFormed(diagnostics)
        expect(sortedSaid(diagnostics)).toEqual(sortedSaid(analyzeFlow(document)))
      }),
      { numRuns: 300 },
    )
  })

  it('lintJsonText never throws on any text, and reports a text that is not JSON as invalid-json only', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      randomDocument.chain((document) => {
        const text = JSON.stringify(document)
        return fc.tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 3 })).map(([cut, junk]) => text.slice(0, cut) + junk)
      }),
    )
    fc.assert(
      fc.property(texts, (text) => {
        const diagnostics = lintJsonText(text)
        expectWellFormed(diagnostics)
        if (diagnostics.some((d) => d.ruleId === 'invalid-json')) expect(diagnostics).toHaveLength(1)
      }),
      { numRuns: 500 },
    )
  })

  it('lintJsonText never throws on very deeply nested JSON', () => {
    const depth = 100_000
    for (const text of ['['.repeat(depth) + ']'.repeat(depth), '['.repeat(depth), `[{"id": "start", "type": "start", "outcome": ${'['.repeat(depth)}${']'.repeat(depth)}}]`]) {
      expectWellFormed(lintJsonText(text))
    }
  })

})
