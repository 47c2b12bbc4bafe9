import { readFile, realpath } from 'node:fs/promises'
import { type Diagnostic, type RuleSet, analyzeFlow, compareDiagnostics, parsePointer } from '@fsflow/analyzer'
import { FlowBuildError, type SourceLocation, compile, locate, sourceLocations } from '@fsflow/builder'
import { fatalMessage } from '../lint-result.js'
import type { CallHints } from './builder-calls.js'
import { type FlowExport, flowExportsOf } from './flow-exports.js'
import { importModule } from './import-module.js'
import { loadFailureMessages } from './load-failure.js'
import { ModuleLoadError } from './module-load-error.js'
import { type SitedDiagnostic, placeDiagnostics } from './place-diagnostics.js'

/** One exported flow of a module, linted. */
export interface LintedExport extends FlowExport {
  /** Its problems, placed in the module's text; each prefixed `[name] ` when the module exports several flows. */
  readonly diagnostics: readonly Diagnostic[]
  /** The document compiled without checks: what the analyzer read. */
  readonly compiled: unknown
  /** The checked document, when asked for and the flow has no error: what `fsflow build` writes. */
  readonly document?: unknown
}

/** A flow module, linted: its text (for code frames) and each flow it exports. */
export interface LintedModule {
  readonly source: string
  readonly exports: readonly LintedExport[]
}

export interface LintModuleOptions {
  /** Also compile each flow that has no error, checked, as `fsflow build` writes it. */
  readonly compile?: boolean
}

/**
 * Imports a `.flow.ts` module and lints every flow and session body it exports: each is compiled
 * unchecked, analyzed with the rule set, and each diagnostic placed at the builder call in the
 * module that made its node. Throws `ModuleLoadError` when the module does not load or exports no
 * flow, and the file system's error when it cannot be read.
 */
export async function lintFlowModule(filePath: string, ruleSet: RuleSet, options: LintModuleOptions = {}): Promise<LintedModule> {
  const source = await readFile(filePath, 'utf8')
  // Stack frames name the file as it was resolved, which may be through a symbolic link or not.
  const paths = new Set([filePath, await realpath(filePath)])
  let namespace: Readonly<Record<string, unknown>>
  try {
    namespace = await importModule(filePath)
  } catch (error) {
    throw new ModuleLoadError(await loadFailureMessages(error, filePath, source, paths), source)
  }
  const exports = flowExportsOf(namespace)
  if (exports.length === 0) throw new ModuleLoadError([fatalMessage(noFlow)], source)

  const checked = exports.map((flowExport) => checkExport(flowExport, ruleSet, options.compile === true))
  const placed = await placeDiagnostics(filePath, source, paths, checked.flatMap(({ sited }) => sited))
  let next = 0
  return {
    source,
    exports: checked.map(({ flowExport, sited, compiled, document }) => {
      const prefix = exports.length > 1 ? `[${flowExport.name}] ` : ''
      const diagnostics = placed
        .slice(next, (next += sited.length))
        .map((diagnostic) => ({ ...diagnostic, message: `${prefix}${diagnostic.message}` }))
        .sort(compareDiagnostics)
      return { ...flowExport, diagnostics, compiled, ...(document === undefined ? {} : { document }) }
    }),
  }
}

const noFlow = 'The module exports no flow: export a flow made with flow() or a session made with session(), from @fsflow/builder'

interface CheckedExport {
  flowExport: FlowExport
  sited: SitedDiagnostic[]
  compiled: unknown
  document: unknown
}

function checkExport(flowExport: FlowExport, ruleSet: RuleSet, wantDocument: boolean): CheckedExport {
  const { name, value } = flowExport
  const unchecked = compile(value, { check: false })
  const found = analyzeFlow(unchecked, ruleSet).map((diagnostic) => ({ diagnostic, site: locate(value, diagnostic) }))
  let document: unknown
  if (wantDocument && !found.some(({ diagnostic }) => diagnostic.severity === 2)) {
    try {
      document = compile(value, { config: ruleSet })
    } catch (error) {
      // The builder holds every document to the schema, even with invalid-schema turned off.
      if (!(error instanceof FlowBuildError)) throw error
      found.push(...error.diagnostics.map(({ location, ...diagnostic }) => ({ diagnostic, site: location })))
    }
  }
  const sites = sourceLocations(value)
  const sited = found.map(({ diagnostic, site }) => ({ diagnostic, site, hints: hintsFor(diagnostic, site, unchecked, sites), exportName: name }))
  return { flowExport, sited, compiled: unchecked, document }
}

/**
 * What tells a diagnostic's call from others on its line: the node's id when the call made the node,
 * else (a `goto`) the target it names; and the string the diagnostic points at, to underline.
 */
function hintsFor(diagnostic: Diagnostic, site: SourceLocation | undefined, document: unknown, sites: ReadonlyMap<string, SourceLocation>): CallHints {
  const { nodeId } = diagnostic
  const own = nodeId === undefined ? undefined : sites.get(nodeId)
  const madeTheNode = own !== undefined && site !== undefined && own.file === site.file && own.line === site.line && own.column === site.column
  const target = stringAt(document, diagnostic.path)
  const ids = (madeTheNode ? [nodeId] : [target, nodeId]).filter((id) => id !== undefined)
  const otherIds = new Set([...sites.keys()].filter((id) => id !== nodeId))
  return { ids, otherIds, ...(target === undefined ? {} : { target }) }
}

/** The string a JSON pointer leads to in a document, if it leads to one. */
function stringAt(document: unknown, pointer: string): string | undefined {
  let value = document
  for (const token of parsePointer(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, token)) return undefined
    value = (value as Record<string, unknown>)[token]
  }
  return typeof value === 'string' ? value : undefined
}
