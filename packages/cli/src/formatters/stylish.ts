import { relative } from 'node:path'
import { styleText } from 'node:util'
import type { LintMessage, LintResult } from '../lint-result.js'
import { codeFrame, sourceLines } from './code-frame.js'
import type { Formatter } from './index.js'
import { printable, shorten } from './printable.js'

type Style = Parameters<typeof styleText>[0]
type Paint = (style: Style, text: string) => string

/** Past this length a word of a message (an id, a target) is cut: a value from the file can be any size. */
const maxWordLength = 80
/** Past this length a whole message is cut, whatever its words. */
const maxMessageLength = 400
/** Messages are padded to align their rule ids up to this width; a longer one is not, nor are the others to it. */
const maxPaddedWidth = 200

/**
 * ESLint's `stylish` format, with each message followed by the lines it is about: per file with
 * problems, its path, then `line:column  severity  message  rule-id` in aligned columns; then a
 * count. Nothing at all when there are no problems. What comes from the file (ids in messages, the
 * lines of code frames, the path) is shown printable and cut when long, so that the output stays
 * proportional to the report and a value cannot forge a line of it.
 */
export const stylish: Formatter = (results, options) => {
  // The caller decided whether this output wants colour; styleText must not decide again.
  const paint: Paint = options.color ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text
  const blocks: string[] = []
  let errors = 0
  let warnings = 0
  for (const result of results) {
    if (result.messages.length === 0) continue
    errors += result.errorCount
    warnings += result.warningCount
    blocks.push(fileBlock(result, options.cwd, paint))
  }
  if (blocks.length === 0) return ''
  const total = errors + warnings
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
  return `${blocks.join('\n')}\n${paint(['bold', errors > 0 ? 'red' : 'yellow'], summary)}`
}

function fileBlock(result: LintResult, cwd: string, paint: Paint): string {
  const lines = result.source === undefined ? undefined : sourceLines(result.source)
  const rows = result.messages.map((message) => ({
    message,
    position: [String(message.line), String(message.column)] as const,
    severity: message.severity === 2 ? 'error' : 'warning',
    // As ESLint does: a message reads as a phrase in a table, without its closing period.
    text: shownMessage(message.message.replace(/([^ ])\.$/u, '$1')),
  }))
  const width = (pick: (row: (typeof rows)[number]) => string): number => widest(rows, (row) => pick(row).length)
  const lineWidth = width((row) => row.position[0])
  const columnWidth = width((row) => row.position[1])
  const severityWidth = width((row) => row.severity)
  const textWidth = widest(rows, (row) => (row.text.length <= maxPaddedWidth ? row.text.length : 0))

  const out = [paint('underline', printable(relative(cwd, result.filePath) || result.filePath))]
  for (const row of rows) {
    const position = `${row.position[0].padStart(lineWidth)}:${row.position[1].padEnd(columnWidth)}`
    const severity = paint(row.message.severity === 2 ? 'red' : 'yellow', row.severity.padEnd(severityWidth))
    const ruleId = row.message.ruleId === null ? '' : `  ${paint('dim', row.message.ruleId)}`
    out.push(`  ${paint('dim', position)}  ${severity}  ${ruleId === '' ? row.text : row.text.padEnd(textWidth)}${ruleId}`)
    const frame = lines === undefined ? '' : frameOf(row.message, lines, paint)
    if (frame !== '') out.push(frame, '')
  }
  if (out[out.length - 1] !== '') out.push('')
  return out.join('\n')
}

/** A message as one printable line of bounded length: long words cut first, then the whole. */
function shownMessage(message: string): string {
  const cutWords = message.split(' ').map((word) => shorten(word, maxWordLength)).join(' ')
  // Printable last: it keeps the length, and then reads only what is shown.
  return printable(shorten(cutWords, maxMessageLength))
}

/** The largest `measure` of the rows, in a loop: a file can have more messages than a call has arguments. */
function widest<Row>(rows: readonly Row[], measure: (row: Row) => number): number {
  let width = 0
  for (const row of rows) width = Math.max(width, measure(row))
  return width
}

function frameOf(message: LintMessage, lines: readonly string[], paint: Paint): string {
  const color = message.severity === 2 ? 'red' : 'yellow'
  return codeFrame(lines, message, { gutter: (text) => paint('dim', text), marker: (text) => paint(['bold', color], text) })
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
