import { dirname, relative } from 'node:path'
import type { Diagnostic } from '@fsflow/analyzer'
import type { SourceLocation } from '@fsflow/builder'
import { type LintMessage, toLintMessage } from '../lint-result.js'
import type { Span } from '../sources/source.js'
import { sourceLines } from '../sources/text-lines.js'
import type { BuilderCalls, CallHints } from './builder-calls.js'

/** A diagnostic of a flow module, with the builder call it is about (when known) and what tells that call apart. */
export interface SitedDiagnostic {
  readonly diagnostic: Diagnostic
  readonly site: SourceLocation | undefined
  readonly hints: CallHints
  /** The export it is about: where it is placed when its call is not in this module. */
  readonly exportName: string
}

/**
 * The placement step of a flow module: each diagnostic becomes a new, located message in the module's
 * text: on its builder call when the call is in this module (`paths` are the names the module's file
 * goes by), else on the export's declaration, its message naming the file and line of the call.
 */
export async function placeDiagnostics(
  filePath: string,
  source: string,
  paths: ReadonlySet<string>,
  sited: readonly SitedDiagnostic[],
): Promise<LintMessage[]> {
  if (sited.length === 0) return []
  const calls = await builderCalls(filePath, source)
  return sited.map(({ diagnostic, site, hints, exportName }) => {
    if (site !== undefined && paths.has(site.file)) {
      return toLintMessage(diagnostic, calls?.callSpan(site.line, site.column, hints) ?? lineSpan(source, site.line))
    }
    const elsewhere = site === undefined ? '' : ` (at ${relative(dirname(filePath), site.file)}:${site.line})`
    return toLintMessage({ ...diagnostic, message: `${diagnostic.message}${elsewhere}` }, calls?.exportSpan(exportName) ?? startOfFile)
  })
}

/**
 * The module's calls, parsed with ts-morph: loaded only for a module with something to report, as it
 * takes a while. ts-morph is an optional peer dependency: without it, problems are placed on the
 * line of their call (the line is exact; the span is the whole line).
 */
async function builderCalls(filePath: string, source: string): Promise<BuilderCalls | undefined> {
  let calls: typeof BuilderCalls
  try {
    calls = (await import('./builder-calls.js')).BuilderCalls
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes("'ts-morph'")) return undefined
    throw error
  }
  return calls.parse(filePath, source)
}

const startOfFile: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** A whole line of the text, without its indentation: where a stack frame points when no call is found there. */
export function lineSpan(source: string, line: number): Span {
  const text = sourceLines(source)[line - 1]
  if (text === undefined) return startOfFile
  const column = text.length - text.trimStart().length + 1
  return { line, column, endLine: line, endColumn: Math.max(column + 1, text.trimEnd().length + 1) }
}
