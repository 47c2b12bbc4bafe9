import { fileURLToPath } from 'node:url'
import type { Span } from '@fsflow/analyzer'
import type { LocatedDiagnostic } from '@fsflow/builder'
import { type LintMessage, fatalMessage } from '../lint-result.js'
import { lineSpan, placeDiagnostics } from './place-diagnostics.js'

/**
 * Why a module could not be imported, as fatal messages placed in its text: a syntax error where the
 * parser stopped; a `FlowBuildError` (a flow built while the module loaded) at each builder call it
 * names, with its rule ids; anything else thrown at the line of the module that was running.
 * `paths` are the names the module's file goes by.
 */
export async function loadFailureMessages(error: unknown, filePath: string, source: string, paths: ReadonlySet<string>): Promise<LintMessage[]> {
  if (isFlowBuildError(error)) {
    const sited = error.diagnostics.map((diagnostic) => ({
      diagnostic: { ...diagnostic, message: `The module threw a FlowBuildError while loading: ${diagnostic.message}` },
      site: diagnostic.location,
      hints: { ids: diagnostic.nodeId === undefined ? [] : [diagnostic.nodeId], otherIds: new Set<string>() },
      exportName: 'default',
    }))
    return (await placeDiagnostics(filePath, source, paths, sited)).map((diagnostic) => fatalMessage(diagnostic.message, diagnostic, diagnostic.ruleId))
  }
  const syntaxError = syntaxErrorOf(error, paths)
  if (syntaxError !== undefined) return [fatalMessage(`Syntax error: ${syntaxError.message}`, syntaxError.span)]
  const line = lineRunning(error, paths)
  return [fatalMessage(`The module threw while loading: ${summary(error)}`, line === undefined ? undefined : lineSpan(source, line))]
}

/** Another copy of the builder may have thrown it, so it is known by its shape rather than by `instanceof`. */
function isFlowBuildError(error: unknown): error is Error & { diagnostics: readonly LocatedDiagnostic[] } {
  return error instanceof Error && error.name === 'FlowBuildError' && Array.isArray((error as { diagnostics?: unknown }).diagnostics)
}

/** jiti reports what its parser rejects as `ParseError: <reason>` then `<file>:<line>:<column>`, the column counted from 0. */
function syntaxErrorOf(error: unknown, paths: ReadonlySet<string>): { message: string; span: Span } | undefined {
  if (!(error instanceof Error)) return undefined
  const match = /^ParseError: (.*?)\s*\n\s*(.+):(\d+):(\d+)\s*$/s.exec(error.message)
  if (match === null || !paths.has(match[2]!)) return undefined
  const line = Number(match[3])
  const column = Number(match[4]) + 1
  return { message: match[1]!, span: { line, column, endLine: line, endColumn: column + 1 } }
}

/** The line of the module that was running when it threw: the first stack frame in its file. */
function lineRunning(error: unknown, paths: ReadonlySet<string>): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  for (const frame of stack.split('\n').slice(1)) {
    const match = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/.exec(frame.trim())
    if (match === null) continue
    const file = match[1]!.startsWith('file://') ? fileURLToPath(match[1]!) : match[1]!
    if (paths.has(file)) return Number(match[2])
  }
  return undefined
}

function summary(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.split('\n')[0]!.trim()
}
