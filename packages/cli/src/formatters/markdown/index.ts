import type { LintMessage, LintResult } from '../../lint-result.js'
import type { Formatter } from '../index.js'
import { reportedPath } from '../repository-path.js'
import { ruleDocsUrl } from '../rule-docs.js'
import { drawingsOf } from './drawings.js'
import { htmlText, markdownText } from './escape.js'

/** The most a GitHub comment (and so a summary meant to be pasted in one) may hold. */
export const commentLimit = 65_536

/** Above this many problems, each file's table is folded, so the page opens on the totals. */
export const foldAbove = 20

/** Room kept for the note of what was left out. */
const noteRoom = 600

/**
 * A Markdown summary for a pull request comment or a job summary: the totals, a table per file with
 * problems (line, severity, rule linked to its page, node, message), and each flow with problems
 * drawn in Mermaid with its problem nodes marked. Long reports are folded in `<details>`; the whole
 * stays under GitHub's comment limit, with a note of what was left out.
 */
export const markdown: Formatter = (results, options) => markdownSummary(results, options.repositoryRoot ?? options.cwd)

/** The summary, within `limit` characters. */
export function markdownSummary(results: readonly LintResult[], root: string, limit: number = commentLimit): string {
  const withProblems = results.filter((result) => result.messages.length > 0)
  const errors = sum(withProblems, (result) => result.errorCount)
  const warnings = sum(withProblems, (result) => result.warningCount)
  const header = headerOf(errors, warnings, withProblems.length, results.length)
  if (withProblems.length === 0) return header

  const fold = errors + warnings > foldAbove
  let room = limit - header.length - noteRoom
  const sections = new Map<LintResult, string[]>()
  const left: LeftOut = { rows: 0, files: [], drawings: 0 }
  for (const result of withProblems) {
    const path = reportedPath(result.filePath, root)
    const table = tableOf(result, path, fold, room)
    if (table === undefined) {
      left.files.push(path)
      continue
    }
    room -= table.text.length + 2
    left.rows += table.rowsLeft
    sections.set(result, [table.text])
  }
  // Drawings come after every table has its room: a problem matters more than a picture of it.
  for (const [result, blocks] of sections) {
    for (const drawing of drawingsOf(result)) {
      const block = drawingBlock(reportedPath(result.filePath, root), drawing.exportName, drawing.mermaid)
      if (block.length + 2 > room) {
        left.drawings++
        continue
      }
      room -= block.length + 2
      blocks.push(block)
    }
  }
  const note = noteOf(left, limit)
  return [header, ...[...sections.values()].flat(), ...(note === '' ? [] : [note])].join('\n\n')
}

/** What did not fit. */
interface LeftOut {
  /** Problems cut from the end of a file's table. */
  rows: number
  /** Files none of whose problems fit. */
  files: string[]
  drawings: number
}

function headerOf(errors: number, warnings: number, filesWithProblems: number, files: number): string {
  if (errors + warnings === 0) return `## fsflow lint: ✔ no problems in ${plural(files, 'file')}`
  const mark = errors > 0 ? '✖' : '⚠'
  return `## fsflow lint: ${mark} ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${filesWithProblems} of ${plural(files, 'file')}`
}

const tableHead = ['| Line | Severity | Rule | Node | Message |', '| ---: | --- | --- | --- | --- |']

/** A file's table, cut to the rows that fit in `room`; undefined when not even one row fits. */
function tableOf(result: LintResult, path: string, fold: boolean, room: number): { text: string; rowsLeft: number } | undefined {
  const counts = `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`
  const [open, close] = fold
    ? [`<details><summary>${htmlText(path)}: ${counts}</summary>\n\n`, '\n\n</details>']
    : [`### ${markdownText(path)}\n\n${counts}\n\n`, '']
  let length = open.length + close.length + tableHead.join('\n').length
  const rows: string[] = []
  for (const message of result.messages) {
    const row = rowOf(message)
    if (length + row.length + 1 > room) break
    length += row.length + 1
    rows.push(row)
  }
  if (rows.length === 0) return undefined
  return { text: `${open}${[...tableHead, ...rows].join('\n')}${close}`, rowsLeft: result.messages.length - rows.length }
}

function rowOf(message: LintMessage): string {
  const severity = message.severity === 2 ? '✖ error' : '⚠ warning'
  const url = ruleDocsUrl(message.ruleId)
  const rule = message.ruleId === null ? '—' : url === undefined ? markdownText(message.ruleId) : `[${markdownText(message.ruleId)}](${url})`
  const node = message.nodeId === undefined ? '—' : markdownText(message.nodeId)
  return `| ${message.line} | ${severity} | ${rule} | ${node} | ${markdownText(message.message)} |`
}

const legend = 'Marked: ✖ a node with an error, ⚠ a node with a warning; grey and dashed, a node never reached from start; dashed red, a target that no node has.'

function drawingBlock(path: string, exportName: string | undefined, mermaid: string): string {
  const name = exportName === undefined ? htmlText(path) : `${htmlText(path)}, export ${htmlText(exportName)}`
  return `<details><summary>Flow of ${name}, drawn</summary>\n\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n\n${legend}\n\n</details>`
}

function noteOf(left: LeftOut, limit: number): string {
  const files = left.files.slice(0, 5).map(markdownText).join(', ') + (left.files.length > 5 ? ', …' : '')
  const parts = [
    left.rows > 0 ? `the last ${plural(left.rows, 'problem')} of the files above` : '',
    left.files.length > 0 ? `every problem of ${plural(left.files.length, 'more file')} (${files})` : '',
    left.drawings > 0 ? plural(left.drawings, 'flow drawing') : '',
  ].filter((part) => part !== '')
  if (parts.length === 0) return ''
  return `**Left out** to stay under GitHub's limit of ${limit.toLocaleString('en-US')} characters: ${parts.join('; ')}. Run \`fsflow lint\` for the full report.`
}

function sum(results: readonly LintResult[], count: (result: LintResult) => number): number {
  return results.reduce((total, result) => total + count(result), 0)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
