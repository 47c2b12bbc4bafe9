import { parse } from '@humanwhocodes/momoa'
import { describe, expect, it } from 'vitest'
import { type JsonNode, readJsonSource } from '../src/sources/json-source.js'
import { nearest, suggesters } from '../src/suggestions.js'

/** Applies text edits to a text, last first. */
function apply(text: string, edits: readonly { range: readonly [number, number]; text: string }[]): string {
  return [...edits].sort((a, b) => b.range[0] - a.range[0]).reduce((result, edit) => result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1]), text)
}

describe('suggestions', () => {
  it('suggest the nearest id only when it is near enough to be what was meant', () => {
    expect(nearest('livenes', ['greeting', 'liveness', 'end'])).toBe('liveness')
    expect(nearest('somewhere_else', ['greeting', 'liveness', 'end'])).toBeUndefined()
  })

  it('rename an unknown field to the known field its message names, once the analyzer has an unknown-field rule', () => {
    const text = '[{ "id": "bye", "type": "conversation", "prompt": "Say: Bye.", "doesNotRequireReplyy": true, "outcomes": [] }]'
    const source = readJsonSource(parse(text, { mode: 'json', ranges: true }).body as unknown as JsonNode)
    const diagnostic = { ruleId: 'unknown-field', messageId: 'x', severity: 1 as const, message: '', path: '/0/doesNotRequireReplyy', data: { id: 'bye', field: 'doesNotRequireReplyy', known: 'doesNotRequireReply' } }
    const suggestion = suggesters['unknown-field']?.(diagnostic, source.document, source.edits)
    expect(suggestion?.data).toEqual({ field: 'doesNotRequireReply' })
    expect(apply(text, suggestion?.edits ?? [])).toBe(text.replace('"doesNotRequireReplyy"', '"doesNotRequireReply"'))
  })

  it('read a JSON document as JSON.parse does, a duplicated key keeping its last value', () => {
    const text = '{ "flow": [{ "id": "a" }, 2, null, "x"], "zone": "eu", "flow": [true], "__proto__": { "polluted": 1 } }'
    const source = readJsonSource(parse(text, { mode: 'json', ranges: true }).body as unknown as JsonNode)
    expect(source.document).toEqual(JSON.parse(text))
    expect(Object.keys(source.document as object)).toEqual(Object.keys(JSON.parse(text) as object))
    expect(source.locate('/flow/0/id').range).toEqual(source.locate('/flow/0').range)
  })
})
