import { dirname, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Span } from '../sources/source.js'
import { sourceLines } from '../sources/text-lines.js'
import { type LintMessage, fatalMessage } from '../lint-result.js'
import type { ModuleOutput, ModuleStop } from './module-run.js'
import { lineSpan, placeDiagnostics } from './place-diagnostics.js'
import type { ThrownValue } from './worker-protocol.js'

/** What the messages of a module that failed need to know of it: its file, the names it goes by, its text. */
export interface ModuleText {
  readonly filePath: string
  /** The names the module's file goes by (as given, and resolved): stack frames use either. */
  readonly paths: ReadonlySet<string>
  readonly source: string
}

/**
 * Why a module could not be imported, as fatal messages placed in its text: a syntax error where the
 * parser stopped; a `FlowBuildError` (a flow built while the module loaded) at each builder call it
 * names, with its rule ids; anything else thrown (a module it imports that does not parse, too) at
 * the line of the module that was running.
 */
export async function loadFailureMessages(error: ThrownValue, module: ModuleText): Promise<LintMessage[]> {
  const { filePath, paths, source } = module
  if (error.name === 'FlowBuildError' && error.diagnostics !== undefined) {
    const sited = error.diagnostics.map((diagnostic) => ({
      diagnostic: { ...diagnostic, message: `The module threw a FlowBuildError while loading: ${diagnostic.message}` },
      site: diagnostic.location,
      hints: { ids: diagnostic.nodeId === undefined ? [] : [diagnostic.nodeId], otherIds: new Set<string>() },
      exportName: 'default',
    }))
    return (await placeDiagnostics(filePath, source, paths, sited)).map((diagnostic) => fatalMessage(diagnostic.message, diagnostic, diagnostic.ruleId))
  }
  const line = lineRunning(error.stack, paths)
  const at = line === undefined ? undefined : lineSpan(source, line)
  const syntaxError = syntaxErrorOf(error)
  if (syntaxError === undefined) return [fatalMessage(`The module threw while loading: ${summary(error, source, line)}`, at)]
  if (paths.has(syntaxError.file)) return [fatalMessage(`Syntax error: ${syntaxError.message}`, syntaxError.span)]
  // A module it imports does not parse: jiti gives no stack then, so it is shown at the top unless a frame says more.
  const where = `${relative(dirname(filePath), syntaxError.file)}:${syntaxError.span.line}:${syntaxError.span.column}`
  return [fatalMessage(`Syntax error in ${where}: ${syntaxError.message}`, at)]
}

/** Why a module's worker ended before it gave its flows, as one fatal message: at the line that ended it, when known. */
export function stopMessage(stop: ModuleStop, module: ModuleText): LintMessage {
  switch (stop.kind) {
    case 'exited': {
      const line = stop.stack === undefined ? undefined : lineRunning(stop.stack, module.paths)
      return fatalMessage(`The module called process.exit(${stop.code}) while loading`, line === undefined ? undefined : lineSpan(module.source, line))
    }
    case 'timed-out':
      return fatalMessage(
        `The module did not finish loading within ${stop.seconds} s: it may loop forever, or wait for something that never comes (--module-timeout sets the limit)`,
      )
    case 'unsettled':
      return fatalMessage('The module never finished loading: it waits for a promise that never settles (a top-level await?)')
    case 'crashed': {
      const line = lineRunning(stop.error.stack, module.paths)
      return fatalMessage(`The module threw while loading: ${summary(stop.error, module.source, line)}`, line === undefined ? undefined : lineSpan(module.source, line))
    }
    case 'garbled':
      return fatalMessage("The module tampered with fsflow's loader: the worker that ran it sent something fsflow cannot read")
  }
}

/** Longest excerpt of what a module printed that a message quotes. */
const excerptLength = 80

/** A warning for each stream the module wrote to: a flow module should not print, and what it prints is not shown. */
export function outputMessages(output: ModuleOutput): LintMessage[] {
  return (['stdout', 'stderr'] as const).flatMap((stream) => {
    const excerpt = excerptOf(output[stream])
    if (excerpt === undefined) return []
    const message = `The module wrote to ${stream}: ${excerpt}`
    return [{ ruleId: null, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' } satisfies LintMessage]
  })
}

/** The first line of a text with something on it, control characters shown as escapes, cut to `excerptLength`. */
function excerptOf(text: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
  const first = lines[0]
  if (first === undefined) return undefined
  const shown = JSON.stringify(first.trim()).slice(1, -1).replace(/\\"/g, '"').replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  const cut = shown.length > excerptLength ? `${shown.slice(0, excerptLength - 1)}…` : shown
  return lines.length > 1 ? `${cut} (and ${lines.length - 1} more ${lines.length === 2 ? 'line' : 'lines'})` : cut
}

/** jiti reports what its parser rejects as `ParseError: <reason>` then `<file>:<line>:<column>`, the column counted from 0. */
function syntaxErrorOf(error: ThrownValue): { file: string; message: string; span: Span } | undefined {
  const match = /^ParseError: (.*?)\s*\n\s*(.+):(\d+):(\d+)\s*$/s.exec(error.message)
  if (match === null) return undefined
  const line = Number(match[3])
  const column = Number(match[4]) + 1
  return { file: match[2]!, message: match[1]!, span: { line, column, endLine: line, endColumn: column + 1 } }
}

/** The line of the module that was running when it threw: the first stack frame in its file (named as a path or a URL). */
function lineRunning(stack: string, paths: ReadonlySet<string>): number | undefined {
  const names = [...paths].flatMap((path) => [path, pathToFileURL(path).href])
  const frame = new RegExp(`(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}):(\\d+):\\d+\\)?$`)
  for (const line of stack.split('\n').slice(1)) {
    const match = frame.exec(line.trim())
    if (match !== null) return Number(match[1])
  }
  return undefined
}

/**
 * The first line of what was thrown. V8 quotes the code that failed (`x.foo is not a function`) as
 * jiti ran it, with names the module never wrote (`(0 , _builder.flow)(...)`): then the module's own
 * line is quoted instead.
 */
function summary(error: ThrownValue, source: string, line: number | undefined): string {
  const message = (error.name === '' ? error.message : `${error.name}: ${error.message}`).split('\n')[0]!.trim()
  const quoted = /^(\w*Error: )(.+?) (is not .*)$/.exec(message)
  if (quoted === null || line === undefined || !isTranspiled(quoted[2]!, source)) return message
  const text = sourceLines(source)[line - 1]?.trim() ?? ''
  return text === '' ? message : `${quoted[1]!}\`${cut(text)}\` ${quoted[3]!}`
}

/** Whether code quoted from the run names what jiti made up: `(0 , f)` calls, or `_module` names absent from the source. */
function isTranspiled(code: string, source: string): boolean {
  return code.includes('(0 , ') || (code.match(/(?<![\w$])_[\w$]+/g) ?? []).some((name) => !new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(source))
}

function cut(text: string): string {
  return text.length > excerptLength ? `${text.slice(0, excerptLength - 1)}…` : text
}
