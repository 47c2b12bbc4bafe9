import type { Span } from '../source.js'
import type { TrieNode } from './text.js'

// Character codes.
const chTab = 9
const chLineFeed = 10
const chCarriageReturn = 13
const chSpace = 32
const chQuote = 34
const chPlus = 43
const chComma = 44
const chMinus = 45
const chDot = 46
const chZero = 48
const chNine = 57
const chColon = 58
const chUpperE = 69
const chOpenBracket = 91
const chBackslash = 92
const chCloseBracket = 93
const chLowerE = 101
const chOpenBrace = 123
const chCloseBrace = 125

/**
 * The span of each pointer of the trie, found by one iterative pass over a
 * text that is plain JSON (RFC 8259: no comments, no trailing commas). It reads tokens the way the
 * tolerant scanner does and reports the same span for the same value, but builds no token strings,
 * jumps over strings, and counts lines only up to the values it locates. Any text it is not sure
 * about (not plain JSON, a line break inside a string, an escaped key it cannot read) gives
 * undefined: the tolerant scanner then does the work.
 *
 * `parsed` says that `JSON.parse` accepted this very text: then the values no pointer goes into are
 * not read token by token, only skipped to their end.
 */
export function locatePlainJson(text: string, root: TrieNode, count: number, parsed = false): (Span | undefined)[] | undefined {
  return new PlainJsonLocator(text, parsed, count).locate(root)
}

class PlainJsonLocator {
  readonly located: (Span | undefined)[]
  private readonly length: number
  // Lines are counted lazily, up to the offsets whose position is asked for (always increasing).
  private readonly hasCarriageReturn: boolean
  private lineCursor = 0
  private line = 0
  private lineStart = 0
  // The first line feed at or after `lineCursor` once searched for: a line with no more line feeds
  // (minified JSON) is then searched to its end only once, not once per value.
  private lineFeedAfterCursor = -1
  // The next line break at or after the last string read: a string must not contain one.
  private nextLineFeed = -1
  private nextCarriageReturn: number
  /** The trie of the value of the key `readKey` read last. */
  private keyTrie: TrieNode | undefined

  constructor(
    private readonly text: string,
    private readonly parsed: boolean,
    count: number,
  ) {
    this.located = new Array<Span | undefined>(count)
    this.length = text.length
    this.hasCarriageReturn = text.includes('\r')
    this.nextCarriageReturn = this.hasCarriageReturn ? -1 : text.length
  }

  locate(root: TrieNode): (Span | undefined)[] | undefined {
    const { text, length } = this
    // The containers being read, as a stack of parallel arrays.
    const isArray: boolean[] = []
    const index: number[] = []
    const tries: (TrieNode | undefined)[] = []
    const elements: (Map<number, TrieNode> | undefined)[] = []
    const startLine: number[] = []
    const startColumn: number[] = []
    let depth = 0
    /** The trie of the value about to be read. */
    let slot: TrieNode | undefined = root
    let pos = skipWhitespace(text, 0)
    for (;;) {
      // A value.
      if (pos >= length) return undefined
      const c = text.charCodeAt(pos)
      if ((c === chOpenBrace || c === chOpenBracket) && slot === undefined && this.parsed) {
        pos = skipWhitespace(text, this.skipContainer(pos))
      } else if (c === chOpenBrace || c === chOpenBracket) {
        const array = c === chOpenBracket
        const trie = slot
        let byIndex: Map<number, TrieNode> | undefined
        if (trie !== undefined) {
          this.moveTo(pos)
          startLine[depth] = this.line
          startColumn[depth] = pos - this.lineStart
          if (array && trie.children.size > 0) {
            byIndex = new Map()
            for (const [token, child] of trie.children) {
              const i = Number(token)
              if (String(i) === token) byIndex.set(i, child)
            }
          }
        }
        isArray[depth] = array
        index[depth] = 0
        tries[depth] = trie
        elements[depth] = byIndex
        depth++
        pos = skipWhitespace(text, pos + 1)
        if (text.charCodeAt(pos) !== (array ? chCloseBracket : chCloseBrace)) {
          if (array) {
            slot = byIndex?.get(0)
          } else {
            pos = this.readKey(pos, trie)
            if (pos === -1) return undefined
            slot = this.keyTrie
          }
          continue
        }
        // An empty container closes below.
      } else {
        let end: number
        if (c === chQuote) end = this.parsed ? parsedStringEnd(text, pos) : this.stringEnd(pos)
        else if (c === chMinus || (c >= chZero && c <= chNine)) end = numberEnd(text, pos)
        else if (text.startsWith('true', pos) || text.startsWith('null', pos)) end = pos + 4
        else if (text.startsWith('false', pos)) end = pos + 5
        else return undefined
        if (end === -1) return undefined
        if (slot !== undefined) {
          this.moveTo(pos)
          const column = pos - this.lineStart + 1
          this.setSpan(slot, { line: this.line + 1, column, endLine: this.line + 1, endColumn: column + end - pos })
        }
        pos = skipWhitespace(text, end)
      }
      // After a value: close containers, or move on to the next slot.
      for (;;) {
        if (depth === 0) return pos === length ? this.located : undefined
        const top = depth - 1
        const next = text.charCodeAt(pos)
        if (next === (isArray[top] ? chCloseBracket : chCloseBrace)) {
          const trie = tries[top]
          if (trie !== undefined) {
            this.moveTo(pos)
            const span = { line: startLine[top]! + 1, column: startColumn[top]! + 1, endLine: this.line + 1, endColumn: pos - this.lineStart + 2 }
            this.setSpan(trie, span)
            tries[top] = undefined
            elements[top] = undefined
          }
          depth--
          pos = skipWhitespace(text, pos + 1)
          continue
        }
        if (next !== chComma) return undefined
        pos = skipWhitespace(text, pos + 1)
        if (isArray[top]) {
          const i = ++index[top]!
          slot = elements[top]?.get(i)
        } else {
          pos = this.readKey(pos, tries[top])
          if (pos === -1) return undefined
          slot = this.keyTrie
        }
        break
      }
    }
  }

  /**
   * Reads `"key" :` at `pos`; returns the offset of the value after it (and sets `keyTrie` to the
   * trie of that value), or -1 when there is no property there.
   */
  private readKey(pos: number, trie: TrieNode | undefined): number {
    const { text } = this
    if (text.charCodeAt(pos) !== chQuote) return -1
    const end = this.parsed ? parsedStringEnd(text, pos) : this.stringEnd(pos)
    if (end === -1) return -1
    let child: TrieNode | undefined
    if (trie !== undefined && trie.children.size > 0) {
      let key = text.slice(pos + 1, end - 1)
      if (key.includes('\\')) {
        try {
          key = JSON.parse(text.slice(pos, end)) as string
        } catch {
          return -1
        }
      }
      child = trie.children.get(key)
    }
    const colon = skipWhitespace(text, end)
    if (text.charCodeAt(colon) !== chColon) return -1
    this.keyTrie = child
    return skipWhitespace(text, colon + 1)
  }

  /** The offset just after the string that opens at `start`, or -1 when it does not close on its line. */
  private stringEnd(start: number): number {
    const { text } = this
    let close = text.indexOf('"', start + 1)
    for (;;) {
      if (close === -1) return -1
      let before = close - 1
      while (text.charCodeAt(before) === chBackslash) before--
      // Escaped when an odd number of backslashes comes before it.
      if ((close - 1 - before) % 2 === 0) break
      close = text.indexOf('"', close + 1)
    }
    // A line break ends a string for the tolerant scanner; plain JSON has none in strings.
    if (this.nextLineFeed < start) {
      const found = text.indexOf('\n', start)
      this.nextLineFeed = found === -1 ? this.length : found
    }
    if (this.nextLineFeed < close) return -1
    if (this.nextCarriageReturn < start) {
      const found = text.indexOf('\r', start)
      this.nextCarriageReturn = found === -1 ? this.length : found
    }
    if (this.nextCarriageReturn < close) return -1
    return close + 1
  }

  /**
   * Skips the container that opens at `pos` in parsed text; returns the offset after it. In text
   * without carriage returns it counts the line feeds it passes (a string holds none), so that
   * lines need not be counted again up to a later value.
   */
  private skipContainer(pos: number): number {
    if (this.hasCarriageReturn) return skipParsedContainer(this.text, pos)
    this.moveTo(pos)
    const end = skipParsedContainer(this.text, pos)
    this.line += skippedLineFeeds
    if (skippedLineFeeds > 0) this.lineStart = lastLineStart
    this.lineCursor = end
    return end
  }

  /** Counts the line breaks up to `offset` (a token's start), as the tolerant scanner does: LF, CR or CR LF. */
  private moveTo(offset: number): void {
    const { text } = this
    let { line, lineStart } = this
    if (!this.hasCarriageReturn) {
      let at = this.lineFeedAfterCursor
      if (at < this.lineCursor) at = lineFeedFrom(text, this.lineCursor)
      while (at < offset) {
        line++
        lineStart = at + 1
        at = lineFeedFrom(text, lineStart)
      }
      this.lineFeedAfterCursor = at
    } else {
      for (let at = this.lineCursor; at < offset; at++) {
        const c = text.charCodeAt(at)
        if (c === chLineFeed || c === chCarriageReturn) {
          if (c === chCarriageReturn && text.charCodeAt(at + 1) === chLineFeed) at++
          line++
          lineStart = at + 1
        }
      }
    }
    this.line = line
    this.lineStart = lineStart
    this.lineCursor = offset
  }

  /** Gives the span to the pointers of the value, and to those below it that were not found. */
  private setSpan(trie: TrieNode, span: Span): void {
    const { located } = this
    for (const entry of trie.entries) located[entry] = span
    // A stack, not recursion or spreads: one parent may have hundreds of thousands of children.
    const below = [trie]
    while (below.length > 0) {
      for (const child of below.pop()!.children.values()) {
        for (const entry of child.entries) located[entry] ??= span
        below.push(child)
      }
    }
  }
}

/** The offset of the first line feed at or after `pos`, or the text's length when there is none. */
function lineFeedFrom(text: string, pos: number): number {
  const at = text.indexOf('\n', pos)
  return at === -1 ? text.length : at
}

/** The offset just after the container that opens at `pos`, in text `JSON.parse` accepted. */
function skipParsedContainer(text: string, pos: number): number {
  const length = text.length
  let depth = 0
  let lineFeeds = 0
  let lineStart = -1
  while (pos < length) {
    const c = text.charCodeAt(pos)
    if (c === chQuote) {
      pos = parsedStringEnd(text, pos)
      continue
    }
    if (c === chLineFeed) {
      lineFeeds++
      lineStart = pos + 1
    } else if (c === chOpenBrace || c === chOpenBracket) {
      depth++
    } else if ((c === chCloseBrace || c === chCloseBracket) && --depth === 0) {
      pos++
      break
    }
    pos++
  }
  skippedLineFeeds = lineFeeds
  lastLineStart = lineStart
  return Math.min(pos, length)
}

/** What the last `skipParsedContainer` passed: line feeds, and where the line after the last began. */
let skippedLineFeeds = 0
let lastLineStart = -1

/** The offset just after the string that opens at `start`, in text `JSON.parse` accepted. */
function parsedStringEnd(text: string, start: number): number {
  let close = text.indexOf('"', start + 1)
  for (;;) {
    if (close === -1) return text.length
    let before = close - 1
    while (text.charCodeAt(before) === chBackslash) before--
    if ((close - 1 - before) % 2 === 0) return close + 1
    close = text.indexOf('"', close + 1)
  }
}

/** The offset of the first character at or after `pos` that is not JSON whitespace. */
function skipWhitespace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos)
    if (c === chSpace || c === chLineFeed || c === chCarriageReturn || c === chTab) pos++
    else return pos
  }
}

/** The offset just after the JSON number that starts at `pos`, or -1 when there is none. */
function numberEnd(text: string, pos: number): number {
  let p = pos
  if (text.charCodeAt(p) === chMinus) p++
  const first = text.charCodeAt(p)
  if (first === chZero) p++
  else if (first > chZero && first <= chNine) p = digitsEnd(text, p)
  else return -1
  if (text.charCodeAt(p) === chDot) {
    if (!isDigit(text.charCodeAt(p + 1))) return -1
    p = digitsEnd(text, p + 1)
  }
  const e = text.charCodeAt(p)
  if (e === chLowerE || e === chUpperE) {
    p++
    const sign = text.charCodeAt(p)
    if (sign === chPlus || sign === chMinus) p++
    if (!isDigit(text.charCodeAt(p))) return -1
    p = digitsEnd(text, p)
  }
  return p
}

function digitsEnd(text: string, pos: number): number {
  while (isDigit(text.charCodeAt(pos))) pos++
  return pos
}

function isDigit(c: number): boolean {
  return c >= chZero && c <= chNine
}
