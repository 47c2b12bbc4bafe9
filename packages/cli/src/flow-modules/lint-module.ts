import { readFile, realpath } from 'node:fs/promises'
import { type Diagnostic, type DisableDirective, type RuleSet, analyzeFlow, createRuleSet, directivesOf, parsePointer } from '@fsflow/analyzer'
import type { SourceLocation } from '@fsflow/builder'
import type { CallSite } from './worker-protocol.js'
import { type LintMessage, compareMessages, fatalMessage } from '../lint-result.js'
import type { CallHints } from './builder-calls.js'
import { type ModuleText, loadFailureMessages, outputMessages, stopMessage } from './load-failure.js'
import { type ModuleFlow, type ModuleLoad, ModuleRun, type ModuleStop } from './module-run.js'
import { ModuleLoadError } from './module-load-error.js'
import { moduleComments } from '../suppressions/module-comments.js'
import { type SitedDiagnostic, placeDiagnostics } from './place-diagnostics.js'

/** One exported flow of a module, linted. */
export interface LintedExport {
  /** The name it is exported as (`default` for the default export). */
  readonly name: string
  /** Its problems, placed in the module's text; each prefixed `[name] ` when the module exports several flows. */
  readonly messages: readonly LintMessage[]
  /** The document as written, unchecked: what the problems are about (a drawing shows it). */
  readonly compiled: unknown
  /**
   * The checked document, when asked for and nothing that no suppression can excuse is wrong with it
   * (FaceSign's schema, an unended chain): what `fsflow build` writes once its other errors are suppressed or none.
   */
  readonly document?: unknown
}

/** A flow module, linted: its text (for code frames), each flow it exports, and what it wrote while it ran. */
export interface LintedModule {
  readonly source: string
  readonly exports: readonly LintedExport[]
  /** Warnings about the module itself, not about a flow: that it wrote to its standard output or error. */
  readonly notices: readonly LintMessage[]
  /** Its `fsflow-disable` comments, for the suppression step. */
  readonly directives: readonly DisableDirective[]
}

export interface LintModuleOptions {
  /** Also give the document of each flow that has no error, checked as `fsflow build` writes it. */
  readonly compile?: boolean
  /** How long the module may take to load (30 s unless set). */
  readonly timeoutSeconds?: number
}

/**
 * Runs a `.flow.ts` module in a worker of its own and lints every flow and session body it exports:
 * the worker sends each one's unchecked document, this process analyzes it with the rule set, and
 * each diagnostic is placed at the builder call in the module that made its node. Throws
 * `ModuleLoadError` when the module does not load (whatever it did: threw, exited, hung) or exports
 * no flow, and the file system's error when it cannot be read.
 */
export async function lintFlowModule(filePath: string, ruleSet: RuleSet, options: LintModuleOptions = {}): Promise<LintedModule> {
  const source = await readFile(filePath, 'utf8')
  // Stack frames name the file as it was resolved, which may be through a symbolic link or not.
  const module: ModuleText = { filePath, source, paths: new Set([filePath, await realpath(filePath)]) }
  const run = await ModuleRun.start(filePath, options.timeoutSeconds ?? 30)
  const outcome = await lintInWorker(run, ruleSet, options.compile === true).catch(async (error: unknown) => {
    await run.close()
    throw error
  })
  // Placing the problems needs no worker: it is ended first, and the module's timers with it.
  const notices = outputMessages(await run.close())
  if (outcome.kind === 'threw') throw new ModuleLoadError([...notices, ...(await loadFailureMessages(outcome.error, module))], source)
  if (outcome.kind !== 'found') throw new ModuleLoadError([...notices, stopMessage(outcome, module)], source)
  if (outcome.flows.length === 0) throw new ModuleLoadError([...notices, fatalMessage(noFlow)], source)
  return { source, exports: await placeProblems(outcome.flows, module), notices, directives: directivesOf(moduleComments(source)) }
}

const noFlow = 'The module exports no flow: export a flow made with flow() or a session made with session(), from @fsflow/builder'

/** A flow of the module with its problems, each with the builder call it is about when the worker knew it. */
interface FoundFlow {
  readonly flow: ModuleFlow
  readonly diagnostics: readonly Diagnostic[]
  readonly sites: readonly (CallSite | undefined)[]
  readonly document: unknown
}

type RunOutcome = { readonly kind: 'found'; readonly flows: readonly FoundFlow[] } | Exclude<ModuleLoad, { kind: 'loaded' }>

async function lintInWorker(run: ModuleRun, ruleSet: RuleSet, compile: boolean): Promise<RunOutcome> {
  const load = await run.load()
  if (load.kind !== 'loaded') return load
  const found = load.flows.map((flow) => ({ flow, diagnostics: problemsOf(flow, ruleSet, compile) }))
  const located = found.some(({ diagnostics }) => diagnostics.length > 0) ? await run.locate(found.map(({ diagnostics }) => diagnostics)) : []
  if (!Array.isArray(located)) return located satisfies ModuleStop
  return {
    kind: 'found',
    flows: found.map(({ flow, diagnostics }, index) => {
      // The builder's own problems came located from the worker; they go first, as `diagnose` gives them.
      const own = flow.builderProblems.diagnostics
      const all = [...own.map(({ location: _location, argument: _argument, ...diagnostic }) => diagnostic), ...diagnostics]
      const sites = [...own.map(({ location }) => (location === undefined ? undefined : { location })), ...(located[index] ?? [])]
      return {
        flow,
        diagnostics: all,
        sites,
        document: compile && !all.some(blocksWriting) ? flow.document : undefined,
      }
    }),
  }
}

/** The rules whose errors no suppression excuses in a build: FaceSign would reject the document, or the builder could not finish it. */
export const unsuppressibleInBuild: ReadonlySet<string> = new Set(['invalid-schema', 'unended-chain'])

function blocksWriting(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 2 && unsuppressibleInBuild.has(diagnostic.ruleId)
}

/** Only invalid-schema, as an error. */
const schemaRules: RuleSet = createRuleSet()
  .filter(({ rule }) => rule.name === 'invalid-schema')
  .map((active) => ({ ...active, severity: 2 as const }))

/**
 * A flow's problems under the rule set, less what the builder's own problems already say (a chain
 * never ended leaves outcomes open); to build it, also every way it breaks FaceSign's schema, as errors.
 */
function problemsOf(flow: ModuleFlow, ruleSet: RuleSet, compile: boolean): Diagnostic[] {
  const covered = new Set(flow.builderProblems.coveredPointers)
  const analyzed = (rules: RuleSet): Diagnostic[] => analyzeFlow(flow.document, rules).filter(({ path }) => !covered.has(path))
  const found = analyzed(ruleSet)
  if (!compile || flow.builderProblems.diagnostics.length > 0) return found
  // The builder writes only documents that FaceSign accepts, even with invalid-schema turned down or off, and other errors suppressed.
  return [...found.filter(({ ruleId }) => ruleId !== 'invalid-schema'), ...analyzed(schemaRules)]
}

async function placeProblems(flows: readonly FoundFlow[], module: ModuleText): Promise<LintedExport[]> {
  const sited = flows.map(({ flow, diagnostics, sites }) => {
    const nodeIds = new Set(flow.nodeSites.keys())
    return diagnostics.map((diagnostic, index) => {
      const site = sites[index]
      return { diagnostic, site: site?.location, hints: hintsFor(diagnostic, site, flow, nodeIds), exportName: flow.name } satisfies SitedDiagnostic
    })
  })
  const placed = await placeDiagnostics(module.filePath, module.source, module.paths, sited.flat())
  let next = 0
  return flows.map(({ flow, diagnostics, document }) => {
    const prefix = flows.length > 1 ? `[${flow.name}] ` : ''
    const messages = placed
      .slice(next, (next += diagnostics.length))
      .map((diagnostic) => ({ ...diagnostic, message: `${prefix}${diagnostic.message}` }))
      .sort(compareMessages)
    return { name: flow.name, messages, compiled: flow.document, ...(document === undefined ? {} : { document }) }
  })
}

/**
 * What tells a diagnostic's call from others on its line: the node's id when the call made the node,
 * else (a `goto`) the target it names; and the string the diagnostic points at, to underline: the
 * one at the argument that wrote it, when the builder knows which. `nodeIds` is built once per flow.
 */
function hintsFor(diagnostic: Diagnostic, site: CallSite | undefined, flow: ModuleFlow, nodeIds: ReadonlySet<string>): CallHints {
  const { nodeId } = diagnostic
  const own = nodeId === undefined ? undefined : flow.nodeSites.get(nodeId)
  const at: SourceLocation | undefined = site?.location
  const madeTheNode = own !== undefined && at !== undefined && own.file === at.file && own.line === at.line && own.column === at.column
  const target = stringAt(flow.document, diagnostic.path)
  const ids = (madeTheNode ? [nodeId] : [target, nodeId]).filter((id) => id !== undefined)
  return { ids, otherIds: nodeIds, ...(target === undefined ? {} : { target }), ...(site?.argument === undefined ? {} : { argument: site.argument }) }
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
