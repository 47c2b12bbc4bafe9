/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import { type BuiltFlow, type NodeEntry, type Session, type SourceLocation, isFlow, isSession, withCallSiteProvider } from '@fsflow/builder'
import type { TSESTree } from '@typescript-eslint/types'
import { builderFunctions, builderModule, isChainMethod } from './builder-api.js'
import { Evaluator } from './evaluate.js'
import { asUnresolved } from './values.js'
import { Scope } from './scope.js'
import { Unresolved } from './unresolved.js'
import { reassignedNames, walk } from './walk.js'

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
 * flow and session is built by the real builder from the values a reader of the file can know.
 * Undefined when the module does not import the builder.
 */
export function replayModule(program: TSESTree.Program, fileName: string): ModuleReplay | undefined {
  if (!importsBuilder(program)) return undefined
  const evaluator = new Evaluator(fileName, reassignedNames(program))
  const scope = new Scope(undefined)
  const builderNames = importBindings(program, scope)
  const entries = withCallSiteProvider(
    () => evaluator.currentSite,
    () => runModule(program, evaluator, scope),
  )
  const flows = flowsOf(entries, evaluator, builderNames)
  return { flows, callOf: (site) => evaluator.callOfSite.get(site) }
}

/** The names a module makes flows by: its locals for `flow` and `session`, and its namespace imports of the builder. */
interface BuilderNames {
  readonly functions: Set<string>
  readonly namespaces: Set<string>
}

/** Binds every import: the builder's functions by their imported names, anything else as unknowable. */
function importBindings(program: TSESTree.Program, scope: Scope): BuilderNames {
  const builderNames: BuilderNames = { functions: new Set(), namespaces: new Set() }
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue
    const from = statement.source.value
    for (const specifier of statement.specifiers) {
      const local = specifier.local.name
      if (from !== builderModule) {
        scope.defineUnresolved(local, `\`${local}\` is imported from '${from}'`)
      } else if (specifier.type === 'ImportNamespaceSpecifier') {
        scope.define(local, Object.fromEntries(builderFunctions))
        builderNames.namespaces.add(local)
      } else {
        const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported)
        const fn = builderFunctions.get(imported)
        if (fn === undefined) scope.defineUnresolved(local, `\`${imported}\` of ${builderModule} is not replayed`)
        else {
          scope.define(local, fn)
          builderNames.functions.add(local)
        }
      }
    }
  }
  return builderNames
}

/** Runs the module's top level in order, as Node would, and gives what it exports. */
function runModule(program: TSESTree.Program, evaluator: Evaluator, scope: Scope): ExportEntry[] {
  evaluator.hoist(program.body, scope)
  const entries: ExportEntry[] = []
  const later: { name: string; local: string; node: TSESTree.Node }[] = []
  const read = (name: string, use: TSESTree.Node): ExportEntry['result'] => capture(() => scope.read(name, use), use)
  for (const statement of program.body) {
    switch (statement.type) {
      case 'VariableDeclaration':
        evaluator.declareVariables(statement, scope)
        break
      case 'ExpressionStatement':
        capture(() => evaluator.evaluate(statement.expression, scope), statement)
        break
      case 'ExportNamedDeclaration': {
        const declaration = statement.declaration
        if (declaration?.type === 'VariableDeclaration') {
          evaluator.declareVariables(declaration, scope)
          for (const declarator of declaration.declarations) {
            if (declarator.id.type !== 'Identifier') continue
            const { name } = declarator.id
            entries.push({ name, node: declarator.id, source: declarator.init ?? declarator, result: read(name, declarator.id) })
          }
        } else if (statement.source === null) {
          for (const specifier of statement.specifiers) {
            later.push({ name: nameOf(specifier.exported), local: nameOf(specifier.local), node: specifier })
          }
        }
        break
      }
      case 'ExportDefaultDeclaration': {
        const declaration = statement.declaration
        if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration' || declaration.type === 'TSDeclareFunction') break
        if (declaration.type === 'TSInterfaceDeclaration' || declaration.type === 'TSEnumDeclaration' || declaration.type === 'TSModuleDeclaration' || declaration.type === 'TSTypeAliasDeclaration' || declaration.type === 'VariableDeclaration') break
        entries.push({ name: 'default', node: statement, source: declaration, result: capture(() => evaluator.evaluate(declaration, scope), declaration) })
        break
      }
      default:
        break
    }
  }
  for (const { name, local, node } of later) entries.push({ name, node, source: node, result: read(local, node) })
  return entries
}

function capture(run: () => unknown, node: TSESTree.Node): ExportEntry['result'] {
  try {
    return { value: run() }
  } catch (error) {
    return { unresolved: asUnresolved(error, node) }
  }
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
      if (usesBuilder(entry.source, builderNames)) found.push({ name: entry.name, exportNode: entry.node, unresolved: entry.result.unresolved })
      continue
    }
    const { value } = entry.result
    if (!(isFlow(value) || isSession(value)) || found.some((taken) => taken.value === value)) continue
    const tainted = evaluator.flowOf.get(value)?.tainted
    found.push(tainted === undefined ? { name: entry.name, exportNode: entry.node, value } : { name: entry.name, exportNode: entry.node, unresolved: tainted, partial: value })
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

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value
}
