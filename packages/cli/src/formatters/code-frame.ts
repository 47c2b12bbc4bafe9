import { printable } from './printable.js'

/** The part of a message's span that a code frame underlines. */
export interface FrameSpan {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** How to draw each part of a frame; identity when there is no colour. */
export interface FrameStyle {
  gutter: (text: string) => string
  marker: (text: string) => string
}

/** Past this many characters a source line is cut around the span, so minified JSON stays readable. */
const maxLineWidth = 100
/** How much of the line before the span a cut line keeps. */
const leadingContext = 30

export { sourceLines } from '../sources/text-lines.js'

/**
 * The source line of a span under a line-number gutter, the line before it for context, and carets
 * under the span (for a span over several lines: from its column to the end of its first line).
 * Empty when the line is not in the file.
 */
export function codeFrame(lines: readonly string[], span: FrameSpan, style: FrameStyle): string {
  const text = lines[span.line - 1]
  if (text === undefined) return ''
  const start = Math.min(span.column - 1, text.length)
  const end = Math.max(start + 1, span.endLine === span.line ? Math.min(span.endColumn - 1, text.length) : text.length)

  const from = text.length <= maxLineWidth ? 0 : Math.max(0, Math.min(start - leadingContext, text.length - maxLineWidth))
  const to = from + maxLineWidth
  // Printable one for one, so that the carets still line up; a line from the file may hold anything.
  const cut = (line: string): string => printable(`${from > 0 ? '…' : ''}${line.slice(from, to)}${line.length > to ? '…' : ''}`.trimEnd(), true)

  const shown = cut(text)
  const caretStart = start - from + (from > 0 ? 1 : 0)
  const caretCount = Math.max(1, Math.min(end, to) - start)
  // Tabs stay tabs so that the carets line up under them in any terminal.
  const caretIndent = shown.slice(0, caretStart).replace(/[^\t]/g, ' ').padEnd(caretStart)

  const width = String(span.line).length
  const row = (marker: string, number: string, code: string): string =>
    `  ${marker} ${style.gutter(`${number.padStart(width)} |`)}${code === '' ? '' : ` ${code}`}`
  const frame: string[] = []
  const before = lines[span.line - 2]
  if (before !== undefined) frame.push(row(' ', String(span.line - 1), cut(before)))
  frame.push(row(style.marker('>'), String(span.line), shown))
  frame.push(row(' ', '', `${caretIndent}${style.marker('^'.repeat(caretCount))}`))
  return frame.join('\n')
}
