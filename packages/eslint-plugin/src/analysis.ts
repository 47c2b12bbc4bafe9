import { type Diagnostic, type FlowSettings, type Plugins, type RuleEntry, type RuleSet, analyzeFlow, resolveConfig, rules } from '@fsflow/analyzer'
import type { TSESTree } from '@typescript-eslint/types'
import { type ModuleReplay, type ReplayedFlow, replayModule } from './replay/replay-module.js'
import { resolverOf } from './replay/type-information.js'
import { builderFlowSource } from './sources/builder-source.js'
import { type JsonNode, readJsonSource } from './sources/json-source.js'
import type { FlowEdits, ProblemPlace } from './sources/text-edit.js'
import { type Suggestion, suggesters } from './suggestions.js'

/** One problem of a file, placed, with its suggestions. */
export interface Problem {
  readonly diagnostic: Diagnostic
  readonly place: ProblemPlace
  readonly suggestions: readonly Suggestion[]
}

/** An exported flow of builder code that could not be replayed whole, so no rule reports on it. */
export interface UnresolvedFlow {
  readonly name: string
  /** The expression that stopped the replay. */
  readonly node: TSESTree.Node
  readonly reason: string
  readonly rejectedByBuilder: boolean
}

/** A flow of the file: its document and how to place and edit what the analyzer finds in it. */
interface FlowEntry {
  readonly document: unknown
  /** Only part of the flow could be replayed: only rules about one node at a time (`meta.local`) run on it. */
  readonly partial?: true
  /** What the builder itself finds wrong, beside the analyzer (builder code only), and the pointers whose reports that already says. */
  readonly builderProblems?: { readonly diagnostics: readonly Diagnostic[]; readonly coveredPointers: ReadonlySet<string> }
  place(diagnostic: Diagnostic): ProblemPlace
  editsFor(diagnostic: Diagnostic): FlowEdits
}

/** Every rule on, at its default options: one run of the analyzer serves every fsflow rule of the file. */
const everyRule: RuleSet = resolveConfig({ rules: Object.fromEntries(rules.map((rule) => [rule.name, 'error'])) })
const everyRuleOff: Record<string, RuleEntry> = Object.fromEntries(rules.map((rule) => [rule.name, 'off']))

/** The fsflow problems of one linted file, found once however many fsflow rules ask. */
export class FileAnalysis {
  readonly #flows: readonly FlowEntry[]
  readonly unresolved: readonly UnresolvedFlow[]
  #byRule: Map<string, Problem[]> | undefined
  readonly #withOptions = new Map<string, Problem[]>()

  constructor(flows: readonly FlowEntry[], unresolved: readonly UnresolvedFlow[]) {
    this.#flows = flows
    this.unresolved = unresolved
  }

  /**
   * The problems one rule finds. With options other than its defaults, settings other than the
   * defaults, or a plugin's rule (`plugins` given), that rule alone runs again.
   */
  problemsOf(ruleId: string, options: Readonly<Record<string, unknown>> | undefined, settings?: FlowSettings, plugins?: Plugins): readonly Problem[] {
    const hasOptions = options !== undefined && Object.keys(options).length > 0
    if (hasOptions || (settings !== undefined && Object.keys(settings).length > 0) || plugins !== undefined) {
      const key = `${ruleId} ${JSON.stringify(options ?? {})} ${JSON.stringify(settings ?? {})}`
      let found = this.#withOptions.get(key)
      if (found === undefined) {
        const entry: RuleEntry = hasOptions ? ['error', options] : 'error'
        found = this.#run(resolveConfig({ rules: { ...everyRuleOff, [ruleId]: entry }, ...(settings === undefined ? {} : { settings }), ...(plugins === undefined ? {} : { plugins }) }), false)
        this.#withOptions.set(key, found)
      }
      return found
    }
    if (this.#byRule === undefined) {
      this.#byRule = new Map()
      for (const problem of this.#run(everyRule, true)) {
        const list = this.#byRule.get(problem.diagnostic.ruleId) ?? []
        list.push(problem)
        this.#byRule.set(problem.diagnostic.ruleId, list)
      }
    }
    return this.#byRule.get(ruleId) ?? []
  }

  /** The problems of every flow under a rule set, and (`withBuilder`) the builder's own, as `fsflow lint` reports them. */
  #run(ruleSet: RuleSet, withBuilder: boolean): Problem[] {
    const localRules = ruleSet.filter(({ rule }) => rule.meta.local === true)
    return this.#flows.flatMap((flow) => {
      const covered = flow.builderProblems?.coveredPointers
      const analyzed = analyzeFlow(flow.document, flow.partial === true ? localRules : ruleSet).filter(({ path }) => covered?.has(path) !== true)
      const found = withBuilder ? [...(flow.builderProblems?.diagnostics ?? []), ...analyzed] : analyzed
      return found.map((diagnostic) => {
        const suggester = suggesters[diagnostic.ruleId]
        const suggestion = suggester?.(diagnostic, flow.document, flow.editsFor(diagnostic))
        return { diagnostic, place: flow.place(diagnostic), suggestions: suggestion === undefined ? [] : [suggestion] }
      })
    })
  }
}

const analyses = new WeakMap<object, FileAnalysis | null>()

/**
 * The analysis of the file ESLint is linting, made on first use and kept for its syntax tree: a flow
 * JSON document (`@eslint/json`'s), or a module that imports `@fsflow/builder`, replayed (with the
 * project's files it imports when the parser's services hold a TypeScript program). Undefined for any
 * other file.
 */
export function analysisOf(ast: object, fileName: string, parserServices?: unknown): FileAnalysis | undefined {
  let analysis = analyses.get(ast)
  if (analysis === undefined) {
    analysis = analyze(ast, fileName, parserServices) ?? null
    analyses.set(ast, analysis)
  }
  return analysis ?? undefined
}

function analyze(ast: object, fileName: string, parserServices: unknown): FileAnalysis | undefined {
  const type = (ast as { type?: unknown }).type
  if (type === 'Document') {
    const source = readJsonSource((ast as { body: JsonNode }).body)
    const flow: FlowEntry = { document: source.document, place: (diagnostic) => ({ node: source.locate(diagnostic.path) }), editsFor: () => source.edits }
    return new FileAnalysis([flow], [])
  }
  if (type !== 'Program') return undefined
  const replay = replayModule(ast as TSESTree.Program, fileName, resolverOf(parserServices))
  if (replay === undefined) return undefined
  const flows: FlowEntry[] = []
  const unresolved: UnresolvedFlow[] = []
  for (const flow of replay.flows) {
    if (flow.value === undefined) {
      unresolved.push({ name: flow.name, node: flow.unresolved.node, reason: flow.unresolved.reason, rejectedByBuilder: flow.unresolved.rejectedByBuilder })
      const part = flow.partial === undefined || flow.unresolved.rejectedByBuilder ? undefined : partialSource(replay, { name: flow.name, exportNode: flow.exportNode, value: flow.partial })
      if (part !== undefined) flows.push(part)
      continue
    }
    try {
      flows.push(builderFlowSource(replay, flow))
    } catch (error) {
      // A document the builder cannot render (a session setting that refers to itself): the module would throw too.
      unresolved.push({ name: flow.name, node: flow.exportNode, reason: error instanceof Error ? error.message : String(error), rejectedByBuilder: true })
    }
  }
  return new FileAnalysis(flows, unresolved)
}

/** The part of a flow that could be replayed, for the rules about one node at a time; none when the builder cannot render even that. */
function partialSource(replay: ModuleReplay, flow: ReplayedFlow & { value: object }): FlowEntry | undefined {
  try {
    const source = builderFlowSource(replay, flow)
    return { document: source.document, partial: true, place: (diagnostic) => source.place(diagnostic), editsFor: (diagnostic) => source.editsFor(diagnostic) }
  } catch {
    return undefined
  }
}
