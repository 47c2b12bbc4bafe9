// The analyzer's fast path must answer exactly as the slow one it stands in for: locating in plain
// JSON gives the spans jsonc-parser's tolerant scanner gives.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { visit } from 'jsonc-parser'
import { firstJsonErrorAt } from '../../src/sources/json-text/first-error.js'
import { locatePlainJson } from '../../src/sources/json-text/locate-plain.js'
import { locatePointers } from '../../src/sources/json-text/text.js'

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

describe('locating pointers in plain JSON', () => {
  const pointerOf = (path: Path): string => path.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')

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
        const fast = locatePointers(text, pointers)
        const parsed = locatePointers(text, pointers, true)
        // A trailing comment is not plain JSON: the tolerant scanner reads that text, and the
        // comment moves nothing before it.
        const tolerant = locatePointers(`${text}\n// the end`, pointers)
        expect(fast).toEqual(tolerant)
        expect(parsed).toEqual(tolerant)
        // …and the fast path did the work: plain JSON is never handed to the tolerant scanner.
        const source = text.startsWith('\ufeff') ? text.slice(1) : text
        expect(locatePlainJson(source, { children: new Map(), entries: [] }, 0)).toBeDefined()
      }),
      { numRuns: 2000 },
    )
  })

  it('follows the last of duplicated keys, as the tolerant scanner does', () => {
    const text = '{"a": {"b": 1},\n "a": [2, {"c": 3}]}'
    for (const pointers of [['/a'], ['/a/b'], ['/a/1/c'], ['/a/0', '/a/b']]) {
      expect(locatePointers(text, pointers)).toEqual(locatePointers(`${text} // the end`, pointers))
    }
  })
})

describe('locating pointers in minified JSON', () => {
  /** A flow of `size` nodes on one line, as `JSON.stringify` writes it, with a finding on every node. */
  const minifiedFlow = (size: number): { text: string; pointers: string[] } => {
    const flow = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, type: 'conversation', prompt: 'Say: Hi', outcomes: [{ id: 'o', targetNodeId: `n${i + 1}` }] }))
    return { text: JSON.stringify({ flow }), pointers: flow.map((_, i) => `/flow/${i}/outcomes/0/targetNodeId`) }
  }

  /** How many characters `String.prototype.indexOf` reads while `run` runs. */
  const charactersSearched = (run: () => void): number => {
    let searched = 0
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the string as `this`
    const indexOf = String.prototype.indexOf
    const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
      const found = indexOf.call(this, search, from)
      searched += (found === -1 ? this.length : found + search.length) - (from ?? 0)
      return found
    })
    try {
      run()
    } finally {
      spy.mockRestore()
    }
    return searched
  }

  it('reads a text without line breaks a bounded number of times, however many values it locates', () => {
    const { text, pointers } = minifiedFlow(2000)
    let spans: { line: number }[] = []
    const searched = charactersSearched(() => {
      spans = locatePointers(text, pointers)
    })
    expect(spans.every((span) => span.line === 1)).toBe(true)
    expect(searched).toBeLessThan(4 * text.length)
  })

  it('reads a parsed text without line breaks a bounded number of times, however many values it locates', () => {
    const { text, pointers } = minifiedFlow(2000)
    const searched = charactersSearched(() => {
      locatePointers(text, pointers, true)
    })
    expect(searched).toBeLessThan(4 * text.length)
  })
})

describe('finding the first syntax error without recursion', () => {
  /** Where jsonc-parser's (recursive) visitor reports its first error, as `firstJsonErrorAt` says it. */
  const visitorsFirstError = (text: string): { line: number; character: number } | undefined => {
    let found: { line: number; character: number } | undefined
    visit(text, { onError: (_code, _offset, _length, line, character) => (found ??= { line, character }) }, { disallowComments: true, allowTrailingComma: false })
    return found
  }

  /** JSON texts, some of them broken by cutting, doubling or swapping a character. */
  const maybeBrokenText = fc
    .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 1), fc.nat(), fc.constantFrom('', ',', ':', '}', ']', '{', '[', '"', 'x', '\\', '/'))
    .map(([value, indent, at, inserted]) => {
      const text = JSON.stringify(value, null, indent)
      const cut = at % (text.length + 1)
      return `${text.slice(0, cut)}${inserted}${text.slice(cut + (inserted === '' ? 1 : 0))}`
    })

  it('places the first error where the tolerant scanner does', () => {
    fc.assert(
      fc.property(maybeBrokenText, (text) => {
        expect(firstJsonErrorAt(text)).toEqual(visitorsFirstError(text))
      }),
      { numRuns: 3000 },
    )
  })
})
