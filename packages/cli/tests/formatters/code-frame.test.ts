import { describe, expect, it } from 'vitest'
import { codeFrame, sourceLines } from '../../src/formatters/code-frame.js'

const plain = { gutter: (text: string) => text, marker: (text: string) => text }
const lines = ['[', '  { "id": "start", "type": "start", "outcome": "welcome" },', '  { "id": "done", "type": "end" }', ']']

describe('sourceLines', () => {
  it('splits on every kind of line break, as the JSON parser counts lines', () => {
    expect(sourceLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd'])
  })

  it('leaves a byte-order mark out of the first line', () => {
    expect(sourceLines('\uFEFF[1]')).toEqual(['[1]'])
  })
})

describe('codeFrame', () => {
  it('shows the line before, the line, and carets under the span', () => {
    expect(codeFrame(lines, { line: 2, column: 48, endLine: 2, endColumn: 57 }, plain)).toBe(
      [
        '    1 | [',
        '  > 2 |   { "id": "start", "type": "start", "outcome": "welcome" },',
        '      |                                                ^^^^^^^^^',
      ].join('\n'),
    )
  })

  it('shows no line before the first line', () => {
    expect(codeFrame(lines, { line: 1, column: 1, endLine: 1, endColumn: 2 }, plain)).toBe(['  > 1 | [', '      | ^'].join('\n'))
  })

  it('underlines a span over several lines from its column to the end of its first line', () => {
    expect(codeFrame(lines, { line: 3, column: 3, endLine: 4, endColumn: 2 }, plain).split('\n').at(-1)).toBe(
      `      |   ${'^'.repeat(31)}`,
    )
  })

  it('widens the gutter to the longest line number shown', () => {
    const many = Array.from({ length: 10 }, (_, index) => `line ${String(index + 1)}`)
    expect(codeFrame(many, { line: 10, column: 1, endLine: 10, endColumn: 5 }, plain)).toBe(
      ['     9 | line 9', '  > 10 | line 10', '       | ^^^^'].join('\n'),
    )
  })

  it('keeps tabs before the span so that the carets line up under it', () => {
    expect(codeFrame(['\t"x": 1'], { line: 1, column: 7, endLine: 1, endColumn: 8 }, plain).split('\n').at(-1)).toBe('      | \t     ^')
  })

  it('cuts a long line around the span, marking what it left out', () => {
    const long = `[${'1,'.repeat(200)}"here"${',2'.repeat(200)}]`
    const column = long.indexOf('"here"') + 1
    const [code, carets] = codeFrame([long], { line: 1, column, endLine: 1, endColumn: column + 6 }, plain).split('\n')
    expect(code).toMatch(/^ {2}> 1 \| …1,1,.*"here",2,.*…$/)
    expect(code!.length).toBeLessThan(120)
    expect(code!.indexOf('"here"')).toBe(carets!.indexOf('^^^^^^'))
  })

  it('shows one caret for an empty span', () => {
    expect(codeFrame(['{}'], { line: 1, column: 2, endLine: 1, endColumn: 2 }, plain).split('\n').at(-1)).toBe('      |  ^')
  })

  it('is empty for a line that is not in the file', () => {
    expect(codeFrame(lines, { line: 9, column: 1, endLine: 9, endColumn: 1 }, plain)).toBe('')
  })
})

describe('codeFrame on a line with control characters', () => {
  it('shows them as symbols, one for one, so that the carets still line up', () => {
    expect(codeFrame(['{"id": "a\u001b[2Jb"}'], { line: 1, column: 8, endLine: 1, endColumn: 16 }, plain)).toBe(
      ['  > 1 | {"id": "a␛[2Jb"}', '      |        ^^^^^^^^'].join('\n'),
    )
  })
})
