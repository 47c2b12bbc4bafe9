import type { LintMessage } from '../lint-result.js'
import type { Formatter } from './index.js'
import { reportedPath } from './repository-path.js'
import { ruleDocsUrl } from './rule-docs.js'

/** GitHub turns only this many commands of each level into annotations in one step. */
export const annotationsPerLevel = 10

/** A command's message, escaped as GitHub's toolkit escapes it (`@actions/core`, `escapeData`). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A command's property value, escaped as GitHub's toolkit escapes it (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

const commandOf = { 2: 'error', 1: 'warning' } as const

/**
 * GitHub Actions workflow commands: each problem an `::error` or `::warning` that GitHub shows on the
 * line of the pull request's diff, paths relative to the repository root; then, when there are more
 * than GitHub annotates, a last line that says how many were left out and where to read them all.
 */
export const github: Formatter = (results, options) => {
  const root = options.repositoryRoot ?? options.cwd
  const lines: string[] = []
  const counts = { 2: 0, 1: 0 }
  for (const result of results) {
    const file = reportedPath(result.filePath, root)
    for (const message of result.messages) {
      counts[message.severity]++
      lines.push(annotation(file, message))
    }
  }
  const errorsLeft = Math.max(counts[2] - annotationsPerLevel, 0)
  const warningsLeft = Math.max(counts[1] - annotationsPerLevel, 0)
  if (errorsLeft + warningsLeft > 0) lines.push(notAnnotated(errorsLeft, warningsLeft))
  return lines.join('\n')
}

function annotation(file: string, message: LintMessage): string {
  const properties = {
    file,
    line: message.line,
    col: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    title: message.ruleId === null ? 'fsflow' : `fsflow ${message.ruleId}${message.nodeId === undefined ? '' : ` (node ${message.nodeId})`}`,
  }
  const list = Object.entries(properties)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',')
  const url = ruleDocsUrl(message.ruleId)
  return `::${commandOf[message.severity]} ${list}::${escapeData(url === undefined ? message.message : `${message.message}\n${url}`)}`
}

function notAnnotated(errors: number, warnings: number): string {
  const left = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter((part) => part !== '')
  return `::notice title=fsflow::${escapeData(
    `GitHub annotates ${annotationsPerLevel} problems of each severity per step: ${left.join(' and ')} more are in this log and in the job summary (fsflow lint --format github writes it when GITHUB_STEP_SUMMARY is set).`,
  )}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
