import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser'
import { parsePointer } from '@fsflow/analyzer'
import type { Span } from '../source.js'
import { firstJsonErrorAt } from './first-error.js'
import { locatePlainJson } from './locate-plain.js'

/** Why a text is not JSON, and where. */
export interface JsonSyntaxError {
  message: string
  line: number
  column: number
}

/** What `parseJsonText` gives: the value, or where and why the text is not JSON. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError }

const errorText: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes (JSON allows no trailing comma)',
  ValueExpected: 'expected a value (JSON allows no trailing comma)',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
}

/** Parses JSON with the engine's parser; only a text that fails is scanned again to say where. */
export function parseJsonText(text: string): JsonParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(source) as unknown }
  } catch (parseError) {
    return { ok: false, error: locateSyntaxError(source, parseError) }
  }
}

function locateSyntaxError(text: string, parseError: unknown): JsonSyntaxError {
  if (text.trim() === '') {
    const lines = text.split('\n')
    return { message: 'invalid JSON: the file is empty', line: lines.length, column: lines[lines.length - 1]!.length + 1 }
  }
  let found: JsonSyntaxError | undefined
  try {
    visit(
      text,
      {
        onError(code: ParseErrorCode, _offset, _length, startLine, startCharacter) {
          found ??= { message: errorText[printParseErrorCode(code)] ?? 'invalid JSON', line: startLine + 1, column: startCharacter + 1 }
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    )
  } catch {
    // Nesting too deep for the visitor's recursion: the engine's message, at the place found below.
  }
  if (found !== undefined) return { ...found, message: `invalid JSON: ${found.message}` }
  const engineMessage = parseError instanceof Error ? parseError.message : String(parseError)
  const at = firstJsonErrorAt(text) ?? { line: 0, character: 0 }
  return { message: `invalid JSON: ${engineMessage}`, line: at.line + 1, column: at.character + 1 }
}

/** The pointers to locate, by their tokens: each node lists the indices of the pointers that end there. */
export interface TrieNode {
  children: Map<string, TrieNode>
  /** Indices (into the list being located) of the pointers that end here. */
  entries: number[]
}

interface Frame {
  trie: TrieNode | undefined
  isArray: boolean
  index: number
  key: string
  start: { line: number; column: number } | undefined
}

/**
 * The span of the value each JSON pointer points at, in the order given. One streaming pass over the
 * text that only follows the branches some pointer goes down, so a file pays for positions only when
 * it has diagnostics, and only once. A pointer that does not resolve (into a value that was not
 * there) gets the span of its longest existing prefix, and the top of the file when nothing matches.
 * `parsed` says that `parseJsonText` accepted this very text: then what no pointer goes into is only skipped.
 */
export function locatePointers(text: string, pointers: readonly string[], parsed = false): Span[] {
  if (pointers.length === 0) return []
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const root: TrieNode = { children: new Map(), entries: [] }
  for (let entry = 0; entry < pointers.length; entry++) {
    let node = root
    for (const token of parsePointer(pointers[entry]!)) {
      let child = node.children.get(token)
      if (child === undefined) {
        child = { children: new Map(), entries: [] }
        node.children.set(token, child)
      }
      node = child
    }
    node.entries.push(entry)
  }
  const located = locatePlainJson(source, root, pointers.length, parsed) ?? locateWithScanner(source, root, pointers.length)
  const spans: Span[] = new Array<Span>(pointers.length)
  for (let entry = 0; entry < pointers.length; entry++) spans[entry] = located[entry] ?? startOfFile
  return spans
}

const startOfFile: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** The tolerant way: jsonc-parser's scanner, for text that is not plain JSON (comments, trailing commas). */
function locateWithScanner(source: string, root: TrieNode, count: number): (Span | undefined)[] {
  const located = new Array<Span | undefined>(count)
  const stack: Frame[] = [{ trie: undefined, isArray: true, index: 0, key: '', start: undefined }]
  const slotTrie = (): TrieNode | undefined => {
    if (stack.length === 1) return root
    const parent = stack[stack.length - 1]!
    return parent.trie?.children.get(parent.isArray ? String(parent.index) : parent.key)
  }
  const setSpan = (trie: TrieNode, span: Span): void => {
    for (const entry of trie.entries) located[entry] = span
  }
  const begin = (isArray: boolean, line: number, character: number): boolean => {
    const trie = slotTrie()
    stack.push({ trie, isArray, index: 0, key: '', start: trie === undefined ? undefined : { line: line + 1, column: character + 1 } })
    return trie !== undefined
  }
  const end = (offsetLine: number, character: number): void => {
    const frame = stack.pop()
    if (frame?.trie !== undefined && frame.start !== undefined) {
      const span = { ...frame.start, endLine: offsetLine + 1, endColumn: character + 2 }
      setSpan(frame.trie, span)
      // Pointers below this value that were never found point at it as a whole.
      fillUnresolved(frame.trie, span, located)
    }
  }
  try {
    visit(
      source,
      {
        onObjectBegin: (_offset, _length, line, character) => begin(false, line, character),
        onArrayBegin: (_offset, _length, line, character) => begin(true, line, character),
        onObjectEnd: (_offset, _length, line, character) => { end(line, character); },
        onArrayEnd: (_offset, _length, line, character) => { end(line, character); },
        onObjectProperty: (property) => {
          stack[stack.length - 1]!.key = property
        },
        onSeparator: (character) => {
          const top = stack[stack.length - 1]!
          if (character === ',' && top.isArray) top.index++
        },
        onLiteralValue: (_value, _offset, length, line, character) => {
          const trie = slotTrie()
          if (trie !== undefined) {
            const span = { line: line + 1, column: character + 1, endLine: line + 1, endColumn: character + 1 + length }
            setSpan(trie, span)
            fillUnresolved(trie, span, located)
          }
        },
      },
      { disallowComments: false, allowTrailingComma: true },
    )
  } catch {
    // Too deep for the scanner: whatever was not located points at the top of the file.
  }
  return located
}

function fillUnresolved(trie: TrieNode, span: Span, located: (Span | undefined)[]): void {
  // A stack, not recursion or spreads: one parent may have hundreds of thousands of children.
  const below = [trie]
  while (below.length > 0) {
    for (const child of below.pop()!.children.values()) {
      for (const entry of child.entries) located[entry] ??= span
      below.push(child)
    }
  }
}
