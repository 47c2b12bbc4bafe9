/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import type { TSESTree } from '@typescript-eslint/types'
import { builderFunctions, builderModule } from './builder-api.js'
import { Evaluator } from './evaluate.js'
import { type ModuleContext, Scope, defaultExport } from './scope.js'
import { Unresolved } from './unresolved.js'
import { asUnresolved, boundNames, setOwn } from './values.js'
import { reassignedNames } from './walk.js'

/** A module as the replay reads it: its file and its syntax tree. */
export interface ModuleSource {
  readonly fileName: string
  readonly program: TSESTree.Program
}

/** Finds the modules a module imports (type information does); without one, every import stays unknown. */
export interface ModuleResolver {
  /** The source file an import names, or why it is not followed (a package, a declaration file, not found). */
  resolve(specifier: string, fromFile: string): { readonly fileName: string } | { readonly why: string }
  /** A source file's syntax tree, parents set; undefined when it does not parse. */
  read(fileName: string): TSESTree.Program | undefined
}

/** How deeply imports may nest before the replay stops following them. */
export const maxImportDepth = 16

/** One export of a module: what declares it, and its value as code reading it at `use` would see it. */
export interface ExportBinding {
  readonly name: string
  /** Its declaration: where a problem about no builder call is shown, as `fsflow lint` shows it. */
  readonly node: TSESTree.Node
  /** The expression it was made from, to tell whether an unresolved one was a flow. */
  readonly source: TSESTree.Node
  /** Whether it is one a module exports flows by (a name of `export const`, `export default`, `export { … }`), not a function, class or destructured name. */
  readonly listed: boolean
  readonly read: (use: TSESTree.Node) => unknown
}

/** The names a module makes flows by: its locals for `flow` and `session`, and its namespace imports of the builder. */
export interface BuilderNames {
  readonly functions: Set<string>
  readonly namespaces: Set<string>
}

/** Why an import is not followed, as the end of a sentence about it: "`x` is imported from './x.js'" + `why`. */
interface NotFollowed {
  readonly why: string
}

/** A module being replayed: its names, and its exports, read from its scope when used. */
export interface ModuleRecord {
  readonly context: ModuleContext
  readonly scope: Scope
  readonly exports: Map<string, ExportBinding>
  /** The modules of its `export * from …`, or why one is not followed. */
  readonly stars: (ModuleRecord | NotFollowed)[]
  readonly builderNames: BuilderNames
}

/**
 * The modules of one replay: the linted file, and (with a resolver) the source files it imports,
 * each replayed once as ES modules are evaluated once: its imports first, then its own top level.
 * An import cycle reads the module being replayed as it stands, which may be not yet (unresolved).
 */
export class ModuleGraph {
  readonly evaluator: Evaluator
  readonly #records = new Map<string, ModuleRecord>()
  /** The syntax trees of imported files, to tell which file a node was written in. */
  readonly #files = new WeakMap<TSESTree.Node, string>()

  constructor(
    readonly linted: ModuleSource,
    readonly resolver: ModuleResolver | undefined,
  ) {
    const context: ModuleContext = { fileName: linted.fileName, reassigned: reassignedNames(linted.program) }
    this.evaluator = new Evaluator(context, (node) => this.#fileOf(node))
    this.#records.set(fileKey(linted.fileName), newRecord(context))
  }

  /** Replays the linted file, and what it imports first. */
  run(): ModuleRecord {
    const record = this.#records.get(fileKey(this.linted.fileName))!
    this.#replay(record, this.linted.program, 0)
    return record
  }

  /** The file a node was written in: climbs to its program (imported files have parents set); the linted file's otherwise. */
  #fileOf(node: TSESTree.Node): string {
    let top: TSESTree.Node = node
    // ESLint gives the linted program a null parent; the trees of imported files have none on theirs.
    for (let up = parentOf(top); up !== undefined; up = parentOf(top)) top = up
    return this.#files.get(top) ?? this.linted.fileName
  }

  #replay(record: ModuleRecord, program: TSESTree.Program, depth: number): void {
    const { scope } = record
    this.evaluator.hoist(program.body, scope)
    declareExports(record, program)
    for (const statement of program.body) this.#link(record, statement, depth)
    runTopLevel(record, program, this.evaluator)
  }

  /** Binds the names an import declares, and the exports an `export … from` declares, to the modules they name. */
  #link(record: ModuleRecord, statement: TSESTree.ProgramStatement, depth: number): void {
    const { scope } = record
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type') return
      const from = statement.source.value
      if (from === builderModule) {
        bindBuilder(statement, record)
        return
      }
      const dependency = this.#dependency(from, record, depth)
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type') continue
        const local = specifier.local.name
        if ('why' in dependency) scope.defineUnresolved(local, `\`${local}\` is imported from '${from}'${dependency.why}`)
        else if (specifier.type === 'ImportNamespaceSpecifier') scope.defineImported(local, (use) => this.#across(scope, use, () => namespaceOf(dependency, use)))
        else {
          const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported)
          scope.defineImported(local, (use) => this.#across(scope, use, () => readExport(dependency, imported, use)))
        }
      }
    } else if (statement.type === 'ExportNamedDeclaration' && statement.source !== null && statement.exportKind !== 'type') {
      const from = statement.source.value
      const dependency = from === builderModule ? undefined : this.#dependency(from, record, depth)
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === 'type') continue
        const name = nameOf(specifier.exported)
        const imported = nameOf(specifier.local)
        const read = (use: TSESTree.Node): unknown => {
          if (dependency === undefined) return builderExport(imported, use)
          if ('why' in dependency) throw new Unresolved(use, `\`${name}\` is exported from '${from}'${dependency.why}`)
          return this.#across(scope, use, () => readExport(dependency, imported, use))
        }
        record.exports.set(name, { name, node: specifier, source: specifier, listed: true, read })
      }
    } else if (statement.type === 'ExportAllDeclaration' && statement.exportKind !== 'type') {
      const from = statement.source.value
      const dependency = from === builderModule ? { why: ', which is not replayed as a module' } : this.#dependency(from, record, depth)
      const exported = statement.exported
      if (exported === null) {
        record.stars.push('why' in dependency ? { why: `it may be exported from '${from}'${dependency.why}` } : dependency)
        return
      }
      const name = nameOf(exported)
      const read = (use: TSESTree.Node): unknown => {
        if ('why' in dependency) throw new Unresolved(use, `\`${name}\` is exported from '${from}'${dependency.why}`)
        return this.#across(scope, use, () => namespaceOf(dependency, use))
      }
      record.exports.set(name, { name, node: statement, source: statement, listed: false, read })
    }
  }

  /** A value read from another module: when it stops the replay there, the linted file shows it at its use. */
  #across(scope: Scope, use: TSESTree.Node, read: () => unknown): unknown {
    return this.evaluator.acrossModules(scope, use, read)
  }

  /** The record of a module an import names, replayed (once) on its first import; or why it is not followed. */
  #dependency(specifier: string, importer: ModuleRecord, depth: number): ModuleRecord | NotFollowed {
    if (this.resolver === undefined) return { why: ', which static replay follows only with type information' }
    const found = this.resolver.resolve(specifier, importer.context.fileName)
    if ('why' in found) return { why: `, ${found.why}` }
    const known = this.#records.get(fileKey(found.fileName))
    if (known !== undefined) return known
    if (depth + 1 > maxImportDepth) return { why: `, past ${maxImportDepth} nested imports` }
    const program = this.resolver.read(found.fileName)
    if (program === undefined) return { why: ', which does not parse' }
    this.#files.set(program, found.fileName)
    const context: ModuleContext = { fileName: found.fileName, reassigned: reassignedNames(program) }
    const record = newRecord(context)
    this.#records.set(fileKey(found.fileName), record)
    this.#replay(record, program, depth + 1)
    return record
  }
}

function parentOf(node: TSESTree.Node): TSESTree.Node | undefined {
  return (node as { parent?: TSESTree.Node | null }).parent ?? undefined
}

/** A file's name as both ESLint and TypeScript spell it: TypeScript writes `/` on Windows too. */
function fileKey(fileName: string): string {
  return fileName.replaceAll('\\', '/')
}

function newRecord(context: ModuleContext): ModuleRecord {
  return { context, scope: new Scope(undefined, context), exports: new Map(), stars: [], builderNames: { functions: new Set(), namespaces: new Set() } }
}

/** A function of the builder a module re-exports (`export { flow } from '@fsflow/builder'`). */
function builderExport(name: string, use: TSESTree.Node): unknown {
  const fn = builderFunctions.get(name)
  if (fn === undefined) throw new Unresolved(use, `\`${name}\` of ${builderModule} is not replayed`)
  return fn
}

/** Binds an import of the builder: its functions by their imported names; anything else of it as unknowable. */
function bindBuilder(statement: TSESTree.ImportDeclaration, record: ModuleRecord): void {
  const { scope, builderNames } = record
  for (const specifier of statement.specifiers) {
    const local = specifier.local.name
    if (specifier.type === 'ImportNamespaceSpecifier') {
      scope.define(local, Object.fromEntries(builderFunctions))
      builderNames.namespaces.add(local)
      continue
    }
    const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported)
    const fn = builderFunctions.get(imported)
    if (fn === undefined) scope.defineUnresolved(local, `\`${imported}\` of ${builderModule} is not replayed`)
    else {
      scope.define(local, fn)
      builderNames.functions.add(local)
    }
  }
}

/** The exports a module declares itself, each read from its scope when used (a name not yet initialised is unresolved there). */
function declareExports(record: ModuleRecord, program: TSESTree.Program): void {
  const { scope, exports } = record
  const local = (name: string, local: string, node: TSESTree.Node, source: TSESTree.Node, listed: boolean): void => {
    exports.set(name, { name, node, source, listed, read: (use) => scope.read(local, use) })
  }
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && statement.source === null && statement.exportKind !== 'type') {
      const declaration = statement.declaration
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          const listed = declarator.id.type === 'Identifier'
          for (const name of boundNames(declarator.id)) local(name, name, declarator.id, declarator.init ?? declarator, listed)
        }
      } else if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id !== null) {
        local(declaration.id.name, declaration.id.name, declaration.id, declaration, false)
      }
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind !== 'type') local(nameOf(specifier.exported), nameOf(specifier.local), specifier, specifier, true)
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration
      if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') {
        local('default', declaration.id?.name ?? defaultExport, statement, declaration, false)
      } else if (isExpression(declaration)) {
        scope.declare(defaultExport, statement)
        local('default', defaultExport, statement, declaration, true)
      }
    }
  }
}

/** Whether an `export default` holds an expression, not a type or a declaration. */
function isExpression(node: TSESTree.ExportDefaultDeclaration['declaration']): node is TSESTree.Expression {
  return !['FunctionDeclaration', 'ClassDeclaration', 'TSDeclareFunction', 'TSInterfaceDeclaration', 'TSEnumDeclaration', 'TSModuleDeclaration', 'TSTypeAliasDeclaration', 'VariableDeclaration'].includes(node.type)
}

/** Runs a module's top level in order, as Node would: its declarations and its statements of expressions. */
function runTopLevel(record: ModuleRecord, program: TSESTree.Program, evaluator: Evaluator): void {
  const { scope } = record
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') evaluator.declareVariables(statement, scope)
    else if (statement.type === 'ExpressionStatement') capture(() => evaluator.evaluate(statement.expression, scope), statement)
    else if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') evaluator.declareVariables(statement.declaration, scope)
    else if (statement.type === 'ExportDefaultDeclaration' && isExpression(statement.declaration)) {
      const declaration = statement.declaration
      const result = capture(() => evaluator.evaluate(declaration, scope), declaration)
      if ('value' in result) scope.define(defaultExport, result.value)
      else scope.defineUnresolved(defaultExport, result.unresolved)
    }
  }
}

export function capture(run: () => unknown, node: TSESTree.Node): { value: unknown } | { unresolved: Unresolved } {
  try {
    return { value: run() }
  } catch (error) {
    return { unresolved: asUnresolved(error, node) }
  }
}

/** An export of a module, its own or through its `export * from …`, read at `use`. */
function readExport(record: ModuleRecord, name: string, use: TSESTree.Node): unknown {
  const found = findExport(record, name, new Set())
  if (found !== undefined && 'why' in found) throw new Unresolved(use, `\`${name}\`: ${found.why}`)
  if (found === undefined) throw new Unresolved(use, `'${record.context.fileName}' does not export \`${name}\``)
  return found.read(use)
}

function findExport(record: ModuleRecord, name: string, seen: Set<ModuleRecord>): ExportBinding | NotFollowed | undefined {
  const own = record.exports.get(name)
  if (own !== undefined || name === 'default' || seen.has(record)) return own
  seen.add(record)
  let notFollowed: NotFollowed | undefined
  for (const star of record.stars) {
    const found = 'why' in star ? star : findExport(star, name, seen)
    if (found !== undefined && 'why' in found) notFollowed ??= found
    else if (found !== undefined) return found
  }
  return notFollowed
}

/** `import * as shared`: an object of the module's exports, each read now; one that cannot be read stops it. */
function namespaceOf(record: ModuleRecord, use: TSESTree.Node): Record<string, unknown> {
  const namespace = Object.create(null) as Record<string, unknown>
  for (const name of exportNames(record, use, new Set())) setOwn(namespace, name, readExport(record, name, use))
  return namespace
}

function exportNames(record: ModuleRecord, use: TSESTree.Node, seen: Set<ModuleRecord>): Set<string> {
  const names = new Set(record.exports.keys())
  if (seen.has(record)) return names
  seen.add(record)
  for (const star of record.stars) {
    if ('why' in star) throw new Unresolved(use, `an export ${star.why}`)
    for (const name of exportNames(star, use, seen)) if (name !== 'default') names.add(name)
  }
  return names
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value
}
