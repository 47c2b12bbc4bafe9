import { createScanner } from 'jsonc-parser'

// jsonc-parser's token kinds (its `SyntaxKind`, a const enum that isolated modules cannot import).
const openBrace = 1
const closeBrace = 2
const openBracket = 3
const closeBracket = 4
const comma = 5
const colon = 6
const nullKeyword = 7
const falseKeyword = 9
const stringLiteral = 10
const numericLiteral = 11
const lineBreak = 14
const whitespace = 15
const endOfFile = 17
/** `ScanError.None`. */
const noScanError = 0

/** What may come next in the text. */
type Expected = 'value' | 'value or ]' | 'key' | 'key or }' | ':' | ', or close' | 'end'

/**
 * Where the first token that cannot continue a JSON text starts (0-based line and character), or
 * undefined when the text is JSON. Found with a stack, not recursion: jsonc-parser's visitor
 * recurses once per level of nesting, and throws on a deeply nested text.
 */
export function firstJsonErrorAt(text: string): { line: number; character: number } | undefined {
  const scanner = createScanner(text, false)
  const closers: number[] = []
  let expected: Expected = 'value'
  for (;;) {
    let token: number = scanner.scan()
    while (token === whitespace || token === lineBreak) token = scanner.scan()
    const scanError: number = scanner.getTokenError()
    const next: Expected | undefined = scanError === noScanError ? accept(expected, token, closers) : undefined
    if (next === undefined) return { line: scanner.getTokenStartLine(), character: scanner.getTokenStartCharacter() }
    if (next === 'end' && token === endOfFile) return undefined
    expected = next
  }
}

/** What is expected after `token` when `expected` was, or undefined when the token is the error. */
function accept(expected: Expected, token: number, closers: number[]): Expected | undefined {
  const afterValue = (): Expected => (closers.length === 0 ? 'end' : ', or close')
  // An empty array or object closes where its first element could have begun.
  if ((expected === 'value or ]' && token === closeBracket) || (expected === 'key or }' && token === closeBrace)) {
    closers.pop()
    return afterValue()
  }
  switch (expected) {
    case 'value':
    case 'value or ]':
      if (token === openBrace || token === openBracket) {
        closers.push(token === openBrace ? closeBrace : closeBracket)
        return token === openBrace ? 'key or }' : 'value or ]'
      }
      return token === stringLiteral || token === numericLiteral || (token >= nullKeyword && token <= falseKeyword) ? afterValue() : undefined
    case 'key':
    case 'key or }':
      return token === stringLiteral ? ':' : undefined
    case ':':
      return token === colon ? 'value' : undefined
    case ', or close':
      if (token === comma) return closers.at(-1) === closeBrace ? 'key' : 'value'
      if (token !== closers.at(-1)) return undefined
      closers.pop()
      return afterValue()
    case 'end':
      return token === endOfFile ? 'end' : undefined
  }
}
