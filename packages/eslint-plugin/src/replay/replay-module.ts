/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import { type BuiltFlow, type NodeEntry, type Session, type SourceLocation, isFlow, isSession, withCallSiteProvider } from '@fsflow/builder'
import type { TSESTree } from '@typescript-eslint/types'
import { builderFunctions, builderModule, isChainMethod } from './builder-api.js'
import type { Evaluator } from './evaluate.js'
import { type BuilderNames, type ModuleResolver, ModuleGraph, capture } from './modules.js'
import type { Unresolved } from './unresolved.js'
import { walk } from './walk.js'

/** A flow or a session body made with the builder. */
export type BuiltValue = BuiltFlow<NodeEntry> | Session<NodeEntry>

/** One flow a module exports, as read from its source: its value, or why it could not be read. */
export type ReplayedFlow = {
  /** The name it is exported as (`default` for the default export). */
  readonly name: string
  /** The export's declaration: where a problem about no builder call is shown, as `fsflow lint` shows it. */
  readonly exportNode: TSESTree.Node
} & (
  | { readonly value: BuiltValue; readonly unresolved?: undefined; readonly partial?: undefined }
  | {
      readonly value?: undefined
      readonly unresolved: Unresolved
      /** What could be replayed of it: every call but those whose arguments could not be known. Only rules about one node at a time may look at it. */
      readonly partial?: BuiltValue
    }
)

/** The flows of a module, replayed, and the call each builder call site stands for. */
export interface ModuleReplay {
  readonly flows: readonly ReplayedFlow[]
  callOf(site: SourceLocation): TSESTree.CallExpression | undefined
}

interface ExportEntry {
  readonly name: string
  readonly node: TSESTree.Node
  /** The expression the export was made from, to tell whether an unresolved one was a flow. */
  readonly source: TSESTree.Node
  readonly result: { value: unknown } | { unresolved: Unresolved }
}

/** Whether the module imports `@fsflow/builder`: only such modules hold flows to lint. */
export function importsBuilder(program: TSESTree.Program): boolean {
  return program.body.some((statement) => statement.type === 'ImportDeclaration' && statement.source.value === builderModule)
}

/**
 * Replays a module's builder chains from its syntax tree, without running any of it: each exported
 * flow and session is built by the real builder from the values a reader of the file can know, and,
 * given a resolver (type information), of the project's files it imports. Undefined when the module
 * does not import the builder.
 */
export function replayModule(program: TSESTree.Program, fileName: string, resolver?: ModuleResolver): ModuleReplay | undefined {
  if (!importsBuilder(program)) return undefined
  const graph = new ModuleGraph({ fileName, program }, resolver)
  const { evaluator } = graph
  const entries = withCallSiteProvider(
    () => evaluator.currentSite,
    () => {
      const linted = graph.run()
      const listed = [...linted.exports.values()].filter((binding) => binding.listed)
      return { builderNames: linted.builderNames, exports: listed.map(({ name, node, source, read }) => ({ name, node, source, result: capture(() => read(node), node) })) }
    },
  )
  const flows = flowsOf(entries.exports, evaluator, entries.builderNames)
  // A call in an imported file is not shown in this one: its problems go to the export, as `fsflow lint` places them.
  return { flows, callOf: (site) => (site.file === fileName ? evaluator.callOfSite.get(site) : undefined) }
}

/**
 * The flows among the exports, as `fsflow lint` takes them: the default first, then by name; a value
 * exported twice once; a flow exported beside a session around it left to the session. An export that
 * could not be read is kept when its expression uses the builder; a flow part of which could not be
 * read is kept with why.
 */
function flowsOf(entries: readonly ExportEntry[], evaluator: Evaluator, builderNames: BuilderNames): ReplayedFlow[] {
  const ordered = [...entries].sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const found: ReplayedFlow[] = []
  for (const entry of ordered) {
    if ('unresolved' in entry.result) {
      const why = evaluator.inLintedFile(entry.result.unresolved, entry.node)
      if (usesBuilder(entry.source, builderNames)) found.push({ name: entry.name, exportNode: entry.node, unresolved: why })
      continue
    }
    const { value } = entry.result
    if (!(isFlow(value) || isSession(value)) || found.some((taken) => taken.value === value)) continue
    const tainted = evaluator.flowOf.get(value)?.tainted
    // What stopped a flow built in an imported file is shown at the export that brings it here.
    const why = tainted === undefined ? undefined : evaluator.inLintedFile(tainted, entry.node)
    found.push(why === undefined ? { name: entry.name, exportNode: entry.node, value } : { name: entry.name, exportNode: entry.node, unresolved: why, partial: value })
  }
  const inSessions = new Set<unknown>(found.flatMap(({ value, partial }) => {
    const made = value ?? partial
    return isSession(made) ? [made.flow] : []
  }))
  return found.filter(({ value, partial }) => !inSessions.has(value ?? partial))
}

/** Chain methods whose names other libraries use too (`stream.pipe()`, `response.end()`): they do not tell a flow. */
const commonMethodNames = new Set(['start', 'end', 'pipe'])

/** Whether an expression makes a flow: it names `flow` or `session`, or calls a method only chains have. */
function usesBuilder(node: TSESTree.Node, builderNames: BuilderNames): boolean {
  let uses = false
  walk(node, (child) => {
    if (child.type === 'Identifier' && builderNames.functions.has(child.name)) uses = true
    if (child.type === 'MemberExpression' && child.object.type === 'Identifier' && builderNames.namespaces.has(child.object.name)) {
      if (child.property.type === 'Identifier' && builderFunctions.has(child.property.name)) uses = true
    }
    if (child.type === 'CallExpression' && child.callee.type === 'MemberExpression' && child.callee.property.type === 'Identifier') {
      const method = child.callee.property.name
      if (isChainMethod(method) && !commonMethodNames.has(method)) uses = true
    }
    return !uses
  })
  return uses
}
