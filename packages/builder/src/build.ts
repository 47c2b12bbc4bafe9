import { analyzeFlow, createRuleSet, parsePointer, type Diagnostic, type LintConfig, type RuleSet } from '@fsflow/analyzer'
import { Flow, SessionBody, isNodeType, nodeSchemas } from '@fsflow/schema'
import { formatLine, formatLocation, type SourceLocation } from './call-site.js'
import type { ArgumentPath, RenderedDocument, UnendedChain } from './draft.js'
import type { NodeEntry, Typed } from './node-entry.js'
import type { BuiltFlow } from './routes.js'
import type { Session } from './session.js'

/**
 * The brand of built flows and sessions, shared across copies of this package (`Symbol.for`), so the
 * CLI recognises them among a module's exports. Its value renders the document.
 */
export const flowBrand: unique symbol = Symbol.for('@fsflow/builder/flow')

/** What a flow or session gives the tools that build it: its document and where each part was written. */
export interface FlowSource {
  readonly kind: 'flow' | 'session'
  render(): RenderedDocument
}

/** The compile error of a chain never ended; its key is what the compiler shows. */
export interface ChainNeverEnded {
  readonly '~error': 'this chain was never ended: add .end() or .goto(id) before building it'
}

/** `ChainNeverEnded` for a chain still open or a sub-chain, so that `compile` refuses it; nothing for any other value. */
export type NotAChainNeverEnded<V> = '~nodes' extends keyof V
  ? V extends Typed<NodeEntry, 'open' | 'closed'>
    ? ChainNeverEnded
    : unknown
  : unknown

/** A diagnostic of the analyzer, with the builder call it is about. */
export interface LocatedDiagnostic extends Diagnostic {
  /** The builder call that made the node (or the `goto` that named the target); absent when about no node. */
  readonly location?: SourceLocation
  /**
   * Where among that call's arguments the value the diagnostic points at was written, when the
   * builder knows: `[2, 'outcomes', 1, 'to']` for the `to` of `converse`'s second branch.
   */
  readonly argument?: ArgumentPath
}

/** A flow or session checked: its document as written, and every problem, each with the builder call it is about. */
export interface Diagnosis {
  readonly document: unknown
  /** The builder's own problems (a chain never ended) first, then the analyzer's, in its order. */
  readonly diagnostics: readonly LocatedDiagnostic[]
}

/** How to build: whether to lint (default: throw on any error of the recommended rules), and with which config. */
export interface CompileOptions {
  /** `false` gives the document as written, unchecked: what a linter lints. */
  readonly check?: boolean
  readonly config?: LintConfig | RuleSet
}

/** A flow that cannot be built: one or more error diagnostics, each with the builder call it is about. */
export class FlowBuildError extends Error {
  override name = 'FlowBuildError'
  /** Every error, in the analyzer's order. */
  readonly diagnostics: readonly LocatedDiagnostic[]
  /** The first error's rule id, e.g. `dangling-target`. */
  readonly ruleId: string
  /** The first error's builder call. */
  readonly location: SourceLocation | undefined

  constructor(diagnostics: readonly LocatedDiagnostic[]) {
    const lines = diagnostics.map(
      (d) => `  ${d.location === undefined ? '(flow)' : formatLocation(d.location)}: ${d.message} (${d.ruleId})`,
    )
    const count = diagnostics.length === 1 ? '1 error' : `${diagnostics.length} errors`
    super(`the flow has ${count}:\n${lines.join('\n')}`)
    this.diagnostics = diagnostics
    this.ruleId = diagnostics[0]?.ruleId ?? ''
    this.location = diagnostics[0]?.location
  }
}

const recommendedRules = createRuleSet()

/** The source behind a built flow or session; undefined for any other value. */
export function sourceOf(value: unknown): FlowSource | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined
  const source = (value as { [flowBrand]?: unknown })[flowBrand]
  if (typeof source !== 'object' || source === null) return undefined
  const { kind, render } = source as Partial<FlowSource>
  return (kind === 'flow' || kind === 'session') && typeof render === 'function' ? (source as FlowSource) : undefined
}

/** Whether a value is a flow made with the builder (a module's `export default flow()...`). */
export function isFlow(value: unknown): value is BuiltFlow<NodeEntry> {
  return sourceOf(value)?.kind === 'flow'
}

/** Whether a value is a session body made with `session()`. */
export function isSession(value: unknown): value is Session<NodeEntry> {
  return sourceOf(value)?.kind === 'session'
}

/**
 * The JSON of a flow (its node array) or of a session (the `POST /sessions` body). Throws
 * `FlowBuildError` on any error diagnostic, unless `check: false`.
 */
export function compile(value: BuiltFlow<NodeEntry>, options?: CompileOptions): Flow
export function compile(value: Session<NodeEntry>, options?: CompileOptions): SessionBody
export function compile<V>(value: V & NotAChainNeverEnded<V>, options?: CompileOptions): unknown
export function compile(value: unknown, options: CompileOptions = {}): unknown {
  return compileSource(requireSource(value, 'compile'), options)
}

export function compileSource(source: FlowSource, options: CompileOptions = {}): unknown {
  const rendered = source.render()
  if (options.check === false) return rendered.document
  const errors = diagnoseRendered(source, rendered, options.config ?? recommendedRules).filter((diagnostic) => diagnostic.severity === 2)
  if (errors.length > 0) throw new FlowBuildError(errors)
  assertSchema(source, rendered)
  return rendered.document
}

/**
 * Lints a flow or session as written, in one rendering: its document and every diagnostic (the
 * analyzer's, with `config`, and a chain never ended), each located. What a linter of flow modules runs.
 */
export function diagnose(value: BuiltFlow<NodeEntry> | Session<NodeEntry>, config: LintConfig | RuleSet = recommendedRules): Diagnosis {
  const source = requireSource(value, 'diagnose')
  const rendered = source.render()
  return { document: rendered.document, diagnostics: diagnoseRendered(source, rendered, config) }
}

/** The builder call that made each node, by node id (the first, when two nodes share an id). */
export function sourceLocations(value: BuiltFlow<NodeEntry> | Session<NodeEntry>): ReadonlyMap<string, SourceLocation> {
  const source = requireSource(value, 'sourceLocations')
  return nodeSites(source, source.render())
}

/** The builder call a diagnostic of the compiled document is about: the node's, or the `goto` that named a target. */
export function locate(value: BuiltFlow<NodeEntry> | Session<NodeEntry>, diagnostic: Diagnostic): SourceLocation | undefined {
  return locator(value)(diagnostic).location
}

/**
 * `locate` for many diagnostics: renders the flow once, then places each diagnostic in time
 * proportional to its pointer's depth, with the call it is about and the argument that wrote its value.
 */
export function locator(value: BuiltFlow<NodeEntry> | Session<NodeEntry>): (diagnostic: Diagnostic) => LocatedDiagnostic {
  const source = requireSource(value, 'locator')
  return locatorOf(source, source.render())
}

function requireSource(value: unknown, caller: string): FlowSource {
  const source = sourceOf(value)
  if (source === undefined) throw new TypeError(`${caller}: expected a flow made with flow() or a session made with session()`)
  return source
}

function flowPointer(source: FlowSource): string {
  return source.kind === 'session' ? '/flow' : ''
}

function flowNodes(source: FlowSource, rendered: RenderedDocument): unknown[] {
  const flow: unknown = source.kind === 'session' ? (rendered.document as { flow?: unknown }).flow : rendered.document
  return Array.isArray(flow) ? flow : []
}

function nodeSites(source: FlowSource, rendered: RenderedDocument): Map<string, SourceLocation> {
  const sites = new Map<string, SourceLocation>()
  flowNodes(source, rendered).forEach((node, index) => {
    const id = (node as { id?: unknown }).id
    const site = rendered.sites.get(`${flowPointer(source)}/${index}`)
    if (typeof id === 'string' && site !== undefined && !sites.has(id)) sites.set(id, site.location)
  })
  return sites
}

/**
 * Places diagnostics of one rendering: at the nearest site at or above the pointer (with the rest of
 * the pointer appended to its argument path), else at its node's call.
 */
function locatorOf(source: FlowSource, rendered: RenderedDocument): (diagnostic: Diagnostic) => LocatedDiagnostic {
  let byNodeId: Map<string, SourceLocation> | undefined
  return (diagnostic) => {
    let pointer = diagnostic.path
    for (;;) {
      const site = rendered.sites.get(pointer)
      if (site !== undefined) {
        if (site.argument === undefined) return { ...diagnostic, location: site.location }
        const below = parsePointer(diagnostic.path.slice(pointer.length))
        return { ...diagnostic, location: site.location, argument: [...site.argument, ...below] }
      }
      const cut = pointer.lastIndexOf('/')
      if (cut < 0) break
      pointer = pointer.slice(0, cut)
    }
    byNodeId ??= nodeSites(source, rendered)
    const location = diagnostic.nodeId === undefined ? undefined : byNodeId.get(diagnostic.nodeId)
    return location === undefined ? { ...diagnostic } : { ...diagnostic, location }
  }
}

/** What the builder itself finds wrong with a flow, beside the analyzer: a chain that was never ended. */
export interface BuilderProblems {
  /** The builder's own errors, located. */
  readonly diagnostics: readonly LocatedDiagnostic[]
  /** Pointers of what those errors already say (a chain's open ends): the analyzer's reports there are the same mistake. */
  readonly coveredPointers: readonly string[]
}

/**
 * The builder's own problems with a flow, as plain data: for a tool that analyzes the document
 * elsewhere (in another thread, say) and must report what `diagnose` reports.
 */
export function builderProblems(value: BuiltFlow<NodeEntry> | Session<NodeEntry>): BuilderProblems {
  const source = requireSource(value, 'builderProblems')
  return problemsOf(source, source.render())
}

function problemsOf(source: FlowSource, rendered: RenderedDocument): BuilderProblems {
  const { unended } = rendered
  if (unended === undefined) return { diagnostics: [], coveredPointers: [] }
  return { diagnostics: [neverEnded(unended)], coveredPointers: [...openEndPointers(source, unended)] }
}

/** The builder's problems and the analyzer's diagnostics of one rendering, located. */
function diagnoseRendered(source: FlowSource, rendered: RenderedDocument, config: LintConfig | RuleSet): LocatedDiagnostic[] {
  const locate = locatorOf(source, rendered)
  const own = problemsOf(source, rendered)
  const covered = new Set(own.coveredPointers)
  return [...own.diagnostics, ...analyzeFlow(rendered.document, config).filter((diagnostic) => !covered.has(diagnostic.path)).map(locate)]
}

/**
 * The pointers of a chain's open ends and of what holds them inside their nodes (`/3/outcomes/0`,
 * `/3/outcomes`): the analyzer's reports there (a missing outcome, a liveness `noFace` not routed)
 * are the one mistake of the chain not being ended, reported once.
 */
function openEndPointers(source: FlowSource, unended: UnendedChain): Set<string> {
  const nodeDepth = parsePointer(flowPointer(source)).length + 1
  const pointers = new Set<string>()
  for (const pointer of unended.pointers) {
    const tokens = pointer.split('/')
    for (let depth = tokens.length; depth > nodeDepth + 1; depth--) pointers.add(tokens.slice(0, depth).join('/'))
  }
  return pointers
}

/** The error of a chain that was built or exported without `.end()` or `.goto(id)`. */
function neverEnded(unended: UnendedChain): LocatedDiagnostic {
  const where = unended.site === undefined ? '' : ` (${formatLine(unended.site)})`
  const diagnostic: LocatedDiagnostic = {
    ruleId: 'unended-chain',
    severity: 2,
    message: `the chain ending at \`.${unended.call}(…)\`${where} was never ended: add \`.end()\` or \`.goto(id)\``,
    messageId: 'neverEnded',
    data: { call: unended.call, where },
    path: unended.pointers[0] ?? '',
    ...(unended.nodeIds[0] === undefined ? {} : { nodeId: unended.nodeIds[0] }),
  }
  return unended.site === undefined ? diagnostic : { ...diagnostic, location: unended.site }
}

/** The analyzer checks every node against its schema; this holds the builder to it whatever the config. */
function assertSchema(source: FlowSource, rendered: RenderedDocument): void {
  const problems: LocatedDiagnostic[] = []
  const prefix = flowPointer(source)
  const locate = locatorOf(source, rendered)
  flowNodes(source, rendered).forEach((node, index) => {
    const type = (node as { type?: unknown }).type
    const result = isNodeType(type) ? nodeSchemas[type].safeParse(node) : Flow.element.safeParse(node)
    if (result.success) return
    const path = `${prefix}/${index}`
    const message = result.error.issues.map((issue) => `${issue.path.join('.') || 'node'}: ${issue.message}`).join('; ')
    problems.push(locate({ ruleId: 'invalid-schema', severity: 2, message, messageId: 'invalid', data: { message }, path }))
  })
  if (source.kind === 'session') {
    const result = SessionBody.safeParse(rendered.document)
    if (!result.success) {
      const { message } = result.error
      problems.push({ ruleId: 'invalid-schema', severity: 2, message, messageId: 'invalid', data: { message }, path: '' })
    }
  }
  if (problems.length > 0) throw new FlowBuildError(problems)
}
