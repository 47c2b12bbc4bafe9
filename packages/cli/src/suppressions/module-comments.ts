import type { SourceComment } from '@fsflow/analyzer'

/** Words after which a `/` starts a regular expression rather than a division. */
const wordsBeforeExpression = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'])

const wordCharacter = /[\w$\u0080-\uffff]/u

/**
 * The comments of a TypeScript or JavaScript module, found by a scanner that skips strings, template
 * literals and regular expressions: enough to read directives without loading a TypeScript toolchain.
 */
export function moduleComments(text: string): SourceComment[] {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const positionOf = (offset: number): { line: number; column: number } => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
  const comments: SourceComment[] = []
  const addComment = (kind: SourceComment['kind'], start: number, bodyStart: number, bodyEnd: number, end: number): void => {
    const from = positionOf(start)
    const to = positionOf(end)
    comments.push({ kind, text: text.slice(bodyStart, bodyEnd), line: from.line, column: from.column, endLine: to.line, endColumn: to.column })
  }

  /** For each template literal whose `${` is open, the brace depth it opened at. */
  const templates: number[] = []
  let braces = 0
  let regexAllowed = true
  let index = 0
  while (index < text.length) {
    const character = text[index]!
    const next = text[index + 1]
    if (character === '/' && next === '/') {
      const newline = text.indexOf('\n', index)
      const end = newline === -1 ? text.length : newline
      addComment('line', index, index + 2, text[end - 1] === '\r' ? end - 1 : end, end)
      index = end
    } else if (character === '/' && next === '*') {
      const close = text.indexOf('*/', index + 2)
      const end = close === -1 ? text.length : close + 2
      addComment('block', index, index + 2, close === -1 ? text.length : close, end)
      index = end
    } else if (character === '"' || character === "'") {
      index = endOfString(text, index + 1, character)
      regexAllowed = false
    } else if (character === '`' || (character === '}' && templates.at(-1) === braces)) {
      if (character === '}') templates.pop()
      const end = endOfTemplateChunk(text, index + 1)
      if (text.startsWith('${', end - 2)) {
        templates.push(braces)
        regexAllowed = true
      } else {
        regexAllowed = false
      }
      index = end
    } else if (character === '/') {
      if (regexAllowed) {
        index = endOfRegex(text, index + 1)
        regexAllowed = false
      } else {
        index++
        regexAllowed = true
      }
    } else if (wordCharacter.test(character)) {
      let end = index + 1
      while (end < text.length && wordCharacter.test(text[end]!)) end++
      regexAllowed = wordsBeforeExpression.has(text.slice(index, end))
      index = end
    } else {
      if (character === '{') braces++
      else if (character === '}') braces--
      if (!/\s/u.test(character)) regexAllowed = !(character === ')' || character === ']' || character === '}')
      index++
    }
  }
  return comments
}

/** Just past the quote that closes a string (or the line end, for one left open). */
function endOfString(text: string, from: number, quote: string): number {
  let index = from
  while (index < text.length) {
    const character = text[index]!
    if (character === '\\') index += 2
    else if (character === quote) return index + 1
    else if (character === '\n') return index
    else index++
  }
  return text.length
}

/** Just past the backtick that closes a template literal, or past the `${` that opens an expression in it. */
function endOfTemplateChunk(text: string, from: number): number {
  let index = from
  while (index < text.length) {
    const character = text[index]!
    if (character === '\\') index += 2
    else if (character === '`') return index + 1
    else if (character === '$' && text[index + 1] === '{') return index + 2
    else index++
  }
  return text.length
}

/** Just past a regular expression's flags; a `/` inside a character class does not end it. */
function endOfRegex(text: string, from: number): number {
  let index = from
  let inClass = false
  while (index < text.length) {
    const character = text[index]!
    if (character === '\n') return index
    if (character === '/' && !inClass) {
      index++
      while (index < text.length && wordCharacter.test(text[index]!)) index++
      return index
    }
    if (character === '[') inClass = true
    else if (character === ']') inClass = false
    index += character === '\\' ? 2 : 1
  }
  return text.length
}
