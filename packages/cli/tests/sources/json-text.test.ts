import { describe, expect, it } from 'vitest'
import type { LintMessage } from '../../src/lint-result.js'
import { lintJsonText } from '../../src/lint-text.js'
import { accountRecoveryText } from '../../../analyzer/tests/flows.js'
import { locatePointers, parseJsonText } from '../../src/sources/json-text/text.js'
import type { Span } from '../../src/sources/source.js'

/** The 1-based span of the `occurrence`-th appearance of a one-line `needle` in `text`. */
function spanOf(text: string, needle: string, occurrence = 1): Span {
  let offset = -1
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`${needle} is not in the text`)
  const before = text.slice(0, offset).split('\n')
  const line = before.length
  const column = before[before.length - 1]!.length + 1
  return { line, column, endLine: line, endColumn: column + needle.length }
}

/** Where a finding was located, without what it says. */
const span = (d: LintMessage | undefined): Partial<Span> | undefined =>
  d === undefined ? undefined : { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }

const text = `[
  { "id": "start", "type": "start", "outcome": "greeting" },
  { "id": "greeting", "type": "conversation", "prompt": "Say: Hello.", "outcomes": [{ "id": "next", "condition": "", "targetNodeId": "closng" }] },
  { "id": "orphan", "type": "teleport" },
  { "id": "end", "type": "end" }
]
`

describe('lintJsonText', () => {
  const diagnostics = lintJsonText(text)
  const find = (ruleId: string, nodeId: string): Partial<Span> | undefined => span(diagnostics.find((d) => d.ruleId === ruleId && d.nodeId === nodeId))

  it('locates a dangling target at its target string', () => {
    expect(find('dangling-target', 'greeting')).toEqual(spanOf(text, '"closng"'))
  })

  it('locates an unknown node type at the type value', () => {
    expect(find('invalid-schema', 'orphan')).toEqual(spanOf(text, '"teleport"'))
  })

  it('locates a node-level finding at the node object', () => {
    expect(find('unreachable-node', 'orphan')).toEqual(spanOf(text, '{ "id": "orphan", "type": "teleport" }'))
    expect(find('unreachable-node', 'end')).toEqual(spanOf(text, '{ "id": "end", "type": "end" }'))
  })

  it('orders findings by their place in the file', () => {
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['dangling-target', 3, spanOf(text, '"closng"').column],
      ['unreachable-node', 4, 3],
      ['invalid-schema', 4, 29],
      ['unreachable-node', 5, 3],
    ])
  })

  it('keeps the JSON pointer next to the position', () => {
    expect(diagnostics.find((d) => d.ruleId === 'dangling-target')?.path).toBe('/1/outcomes/0/targetNodeId')
  })

  it('locates a node object that spans several lines from its "{" to just after its "}"', () => {
    const pretty = JSON.stringify([{ id: 'start', type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }, { id: 'orphan', type: 'end' }], null, 2)
    const [diagnostic] = lintJsonText(pretty)
    expect(span(diagnostic)).toEqual({ line: 11, column: 3, endLine: 14, endColumn: 4 })
  })

  it('locates a typo in the seed flow at the misspelt target', () => {
    const typo = accountRecoveryText().replace('"noFace": "confirm_identity"', '"noFace": "confirm_identty"')
    const [diagnostic, ...rest] = lintJsonText(typo).filter((d) => d.severity === 2)
    expect(rest).toEqual([])
    expect(diagnostic).toMatchObject({ ruleId: 'dangling-target', nodeId: 'liveness_known', path: '/flow/3/outcomes/noFace' })
    expect(span(diagnostic)).toEqual(spanOf(typo, '"confirm_identty"'))
  })

  it('locates a finding about a field that is absent at the object that lacks it', () => {
    const noId = '[\n  { "type": "start", "outcome": "end" },\n  { "id": "end", "type": "end" }\n]'
    const [diagnostic] = lintJsonText(noId)
    expect(diagnostic).toMatchObject({ ruleId: 'invalid-schema', path: '/0/id' })
    expect(span(diagnostic)).toEqual(spanOf(noId, '{ "type": "start", "outcome": "end" }'))
  })

  it('locates a finding about the whole document at the document', () => {
    const graph = '{\n  "nodes": [],\n  "edges": []\n}'
    expect(span(lintJsonText(graph)[0])).toEqual({ line: 1, column: 1, endLine: 4, endColumn: 2 })
  })

  it('locates a session body field at its value', () => {
    const body = '{\n  "zone": "es",\n  "flow": [{ "id": "start", "type": "start", "outcome": "end" }, { "id": "end", "type": "end" }]\n}'
    expect(span(lintJsonText(body)[0])).toEqual(spanOf(body, '"es"'))
  })

  it('counts lines the same in a file with Windows line endings', () => {
    const crlf = text.replaceAll('\n', '\r\n')
    expect(lintJsonText(crlf).map(span)).toEqual(diagnostics.map(span))
  })

  it('locates keys that need escaping in a JSON pointer', () => {
    const odd =
      '[{ "id": "start", "type": "start", "outcome": "say" },\n { "id": "say", "type": "conversation", "prompt": "Say: Hi.", "outcomes": [{ "id": "o", "condition": "", "targetNodeId": "end" }],\n   "awaitExternal": { "exits": { "a/b~c": "gone" } } },\n { "id": "end", "type": "end" }]'
    const diagnostic = lintJsonText(odd).find((d) => d.ruleId === 'dangling-target')
    expect(diagnostic?.path).toBe('/1/awaitExternal/exits/a~1b~0c')
    expect(span(diagnostic)).toEqual(spanOf(odd, '"gone"'))
  })
})

describe('locatePointers on a large report', () => {
  /** 300,000 findings about elements of a flow that has none: each falls back to the flow array. */
  const missingElements = (): string[] => Array.from({ length: 300_000 }, (_, i) => `/flow/${i}`)

  it('places 300,000 findings under one value in plain JSON without running out of stack', () => {
    expect(locatePointers('{"flow": []}', missingElements()).every((d) => d.line === 1 && d.column === 10)).toBe(true)
  })

  it('places 300,000 findings under one value in JSON with comments without running out of stack', () => {
    expect(locatePointers('{"flow": []} // empty', missingElements()).every((d) => d.line === 1 && d.column === 10)).toBe(true)
  })
})

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"flow": []}')).toEqual({ ok: true, value: { flow: [] } })
  })

  it('says where invalid JSON goes wrong', () => {
    expect(parseJsonText('[1,\n 2,,]')).toEqual({ ok: false, error: { message: 'invalid JSON: expected a value (JSON allows no trailing comma)', line: 2, column: 4 } })
  })

  it('says where deeply nested invalid JSON goes wrong', () => {
    const result = parseJsonText(`${'['.repeat(100_000)}\n 1,,${']'.repeat(100_000)}`)
    expect(result.ok ? undefined : { line: result.error.line, column: result.error.column }).toEqual({ line: 2, column: 4 })
  })

  it('says where deeply nested JSON that never closes ends', () => {
    const result = parseJsonText(`{"flow": ${'[{"a": '.repeat(50_000)}`)
    expect(result.ok ? undefined : { line: result.error.line, column: result.error.column }).toEqual({ line: 1, column: 10 + 7 * 50_000 })
  })
})
