// The analyzer's fast path must answer exactly as the slow one it stands in for: locating in plain
// JSON gives the spans jsonc-parser's tolerant scanner gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Diagnostic, locateDiagnostics } from '@fsflow/analyzer'
import { locatePlainJson } from '../src/json-locate.js'
import { locateDiagnosticsInParsedText } from '../src/json-text.js'

type Path = (string | number)[]

function pathsOf(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (path.length > 0) found.push(path)
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      pathsOf((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key], found)
    }
  }
  return found
}

describe('locating diagnostics in plain JSON', () => {
  const pointerOf = (path: Path): string => path.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')

  const diagnosticsAt = (pointers: readonly string[]): Diagnostic[] =>
    pointers.map((path, i) => ({ ruleId: `r${i}`, severity: 2 as const, message: 'm', path }))

  /** A document, a text of it (some indent, line ends, a byte order mark) and pointers into it. */
  const documentAndText = fc
    .tuple(
      fc.jsonValue({ maxDepth: 4 }),
      fc.constantFrom<string | number>(0, 1, 2, 4, '\t'),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .chain(([value, indent, newline, bom]) => {
      const text = (bom ? '\ufeff' : '') + JSON.stringify(value, null, indent).replaceAll('\n', newline)
      const pointers = ['', ...pathsOf(value).map(pointerOf)]
      const pointer = fc.oneof(fc.constantFrom(...pointers), fc.constantFrom(...pointers).map((p) => `${p}/missing`))
      return fc.tuple(fc.constant(text), fc.array(pointer, { minLength: 1, maxLength: 6 }))
    })

  it('gives the spans the tolerant scanner gives', () => {
    fc.assert(
      fc.property(documentAndText, ([text, pointers]) => {
        const fast = diagnosticsAt(pointers)
        const parsed = diagnosticsAt(pointers)
        // A trailing comment is not plain JSON: the tolerant scanner reads that text, and the
        // comment moves nothing before it.
        const tolerant = diagnosticsAt(pointers)
        locateDiagnostics(text, fast)
        locateDiagnosticsInParsedText(text, parsed)
        locateDiagnostics(`${text}\n// the end`, tolerant)
        expect(fast).toEqual(tolerant)
        expect(parsed).toEqual(tolerant)
        // …and the fast path did the work: plain JSON is never handed to the tolerant scanner.
        const source = text.startsWith('\ufeff') ? text.slice(1) : text
        expect(locatePlainJson(source, { children: new Map(), diagnostics: [] })).toBeDefined()
      }),
      { numRuns: 2000 },
    )
  })

  it('follows the last of duplicated keys, as the tolerant scanner does', () => {
    const text = '{"a": {"b": 1},\n "a": [2, {"c": 3}]}'
    for (const pointers of [['/a'], ['/a/b'], ['/a/1/c'], ['/a/0', '/a/b']]) {
      const fast = diagnosticsAt(pointers)
      const tolerant = diagnosticsAt(pointers)
      locateDiagnostics(text, fast)
      locateDiagnostics(`${text} // the end`, tolerant)
      expect(fast).toEqual(tolerant)
    }
  })
})
