import { dirname, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Span } from '@fsflow/analyzer'
import type { LocatedDiagnostic } from '@fsflow/builder'
import { type LintMessage, fatalMessage } from '../lint-result.js'
import { lineSpan, placeDiagnostics } from './place-diagnostics.js'

/**
 * Why a module could not be imported, as fatal messages placed in its text: a syntax error where the
 * parser stopped; a `FlowBuildError` (a flow built while the module loaded) at each builder call it
 * names, with its rule ids; anything else thrown (a module it imports that does not parse, too) at
 * the line of the module that was running.
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
  const line = lineRunning(error, paths)
  const at = line === undefined ? undefined : lineSpan(source, line)
  const syntaxError = syntaxErrorOf(error)
  if (syntaxError === undefined) return [fatalMessage(`The module threw while loading: ${summary(error)}`, at)]
  if (paths.has(syntaxError.file)) return [fatalMessage(`Syntax error: ${syntaxError.message}`, syntaxError.span)]
  // A module it imports does not parse: jiti gives no stack then, so it is shown at the top unless a frame says more.
  const where = `${relative(dirname(filePath), syntaxError.file)}:${syntaxError.span.line}:${syntaxError.span.column}`
  return [fatalMessage(`Syntax error in ${where}: ${syntaxError.message}`, at)]
}

/** Another copy of the builder may have thrown it, so it is known by its shape rather than by `instanceof`. */
function isFlowBuildError(error: unknown): error is Error & { diagnostics: readonly LocatedDiagnostic[] } {
  return error instanceof Error && error.name === 'FlowBuildError' && Array.isArray((error as { diagnostics?: unknown }).diagnostics)
}

/** jiti reports what its parser rejects as `ParseError: <reason>` then `<file>:<line>:<column>`, the column counted from 0. */
function syntaxErrorOf(error: unknown): { file: string; message: string; span: Span } | undefined {
  if (!(error instanceof Error)) return undefined
  const match = /^ParseError: (.*?)\s*\n\s*(.+):(\d+):(\d+)\s*$/s.exec(error.message)
  if (match === null) return undefined
  const line = Number(match[3])
  const column = Number(match[4]) + 1
  return { file: match[2]!, message: match[1]!, span: { line, column, endLine: line, endColumn: column + 1 } }
}

/** The line of the module that was running when it threw: the first stack frame in its file (named as a path or a URL). */
function lineRunning(error: unknown, paths: ReadonlySet<string>): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  const names = [...paths].flatMap((path) => [path, pathToFileURL(path).href])
  const frame = new RegExp(`(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}):(\\d+):\\d+\\)?$`)
  for (const line of stack.split('\n').slice(1)) {
    const match = frame.exec(line.trim())
    if (match !== null) return Number(match[1])
  }
  return undefined
}

function summary(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.split('\n')[0]!.trim()
}
