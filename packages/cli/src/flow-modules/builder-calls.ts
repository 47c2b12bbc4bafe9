import type { Span } from '../sources/source.js'
import type { ArgumentPath } from '@fsflow/builder'
import { type CallExpression, Node, Project, type PropertyAssignment, type SourceFile, type Statement, SyntaxKind } from 'ts-morph'

/** What is known of a call that a stack frame names, besides its line, to tell it from other calls on that line. */
export interface CallHints {
  /** Node ids the call may have as its first argument, the likeliest first. */
  readonly ids: readonly string[]
  /**
   * Ids of the flow's nodes: calls with one of these first (and none of `ids`) are not the call sought,
   * unless nothing else is. One set serves every diagnostic of a flow.
   */
  readonly otherIds: ReadonlySet<string>
  /** A string the message is about (a target id, a prompt); when the call has it as a literal, the span is that literal. */
  readonly target?: string
  /** Where among the call's arguments the value the message is about was written; the span is the string literal there. */
  readonly argument?: ArgumentPath
}

/** The calls that start on one line, in order, and the first of them that takes each literal as its first argument. */
interface LineCalls {
  readonly calls: CallExpression[]
  readonly byId: Map<string, CallExpression>
}

/**
 * The calls of a TypeScript flow module, by line, read from its text: where a builder call named by a
 * stack frame stands in the source. jiti runs a module reprinted with its lines kept but not its
 * columns, so a frame's line is exact and its column only a hint; the node id a builder call takes as
 * its first argument tells calls on one line apart.
 */
export class BuilderCalls {
  readonly #file: SourceFile
  readonly #byLine = new Map<number, LineCalls>()
  /** The call chosen by column among those that take no id, by line and column, per set of other ids. */
  readonly #nearest = new WeakMap<ReadonlySet<string>, Map<string, CallExpression>>()

  private constructor(file: SourceFile) {
    this.#file = file
    file.forEachDescendant((node) => {
      if (!Node.isCallExpression(node)) return
      const name = nameOf(node)
      if (name === undefined) return
      const line = name.getStartLineNumber()
      let onLine = this.#byLine.get(line)
      if (onLine === undefined) this.#byLine.set(line, (onLine = { calls: [], byId: new Map() }))
      onLine.calls.push(node)
    })
    for (const { calls, byId } of this.#byLine.values()) {
      calls.sort((a, b) => nameOf(a)!.getStart() - nameOf(b)!.getStart())
      for (const call of calls) {
        const id = firstLiteral(call)
        if (id !== undefined && !byId.has(id)) byId.set(id, call)
      }
    }
  }

  /** Parses a module's text (syntax only: nothing is resolved or type-checked). */
  static parse(filePath: string, source: string): BuilderCalls {
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true })
    // Without its byte-order mark, so that columns count as the code frames do.
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
    return new BuilderCalls(project.createSourceFile(filePath.endsWith('.mts') ? '/module.mts' : '/module.ts', text))
  }

  /**
   * The span of the call at a line: from its method name to its closing parenthesis, or the literal
   * of `hints.target` among its arguments. Undefined when no call starts on that line.
   */
  callSpan(line: number, column: number, hints: CallHints): Span | undefined {
    const onLine = this.#byLine.get(line)
    if (onLine === undefined) return undefined
    const call = hints.ids.map((id) => onLine.byId.get(id)).find((found) => found !== undefined)
    const chosen = call ?? this.#nearestWithoutId(onLine, line, column, hints.otherIds)
    const literal = hints.argument !== undefined ? literalAt(chosen, hints.argument) : hints.target === undefined ? undefined : onlyLiteralIn(chosen, hints.target)
    return literal === undefined ? this.#span(nameOf(chosen)!.getStart(), chosen.getEnd()) : this.#span(literal.getStart(), literal.getEnd())
  }

  /** Computed once per line and column: a flow may have thousands of diagnostics on one long line. */
  #nearestWithoutId(onLine: LineCalls, line: number, column: number, otherIds: ReadonlySet<string>): CallExpression {
    let chosen = this.#nearest.get(otherIds)
    if (chosen === undefined) this.#nearest.set(otherIds, (chosen = new Map<string, CallExpression>()))
    const key = `${line}:${column}`
    let call = chosen.get(key)
    if (call === undefined) chosen.set(key, (call = nearest(withoutOtherNodes(onLine.calls, otherIds), column)))
    return call
  }

  /** The span of the declaration of an export (`default` for `export default …`); undefined when it is declared elsewhere. */
  exportSpan(name: string): Span | undefined {
    for (const statement of this.#file.getStatements()) {
      const node = exportedBy(statement, name)
      if (node !== undefined) return this.#span(node.getStart(), node.getEnd())
    }
    return undefined
  }

  #span(start: number, end: number): Span {
    const from = this.#file.getLineAndColumnAtPos(start)
    const to = this.#file.getLineAndColumnAtPos(end)
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }
}

/** Where a piece of syntax starts and ends: all this file needs of one, whatever its kind. */
type Located = Pick<Node, 'getStart' | 'getEnd' | 'getStartLineNumber' | 'getStartLinePos'>

/** The name a call is made by: `converse` in `chain.converse(…)`, `flow` in `flow()`; stack frames point at it. */
function nameOf(call: CallExpression): Located | undefined {
  const callee = call.getExpression()
  if (Node.isPropertyAccessExpression(callee)) return callee.getNameNode()
  if (Node.isIdentifier(callee)) return callee
  return undefined
}

function literalValue(node: Node | undefined): string | undefined {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined
}

function firstLiteral(call: CallExpression): string | undefined {
  return literalValue(call.getArguments()[0])
}

/**
 * The calls that may be the one sought when none takes its id as a literal: those whose first argument
 * is no literal (`start()`, an id computed at runtime); else those that make no other node of the flow.
 */
function withoutOtherNodes(calls: readonly CallExpression[], otherIds: ReadonlySet<string>): readonly CallExpression[] {
  const unnamed = calls.filter((call) => firstLiteral(call) === undefined)
  if (unnamed.length > 0) return unnamed
  const rest = calls.filter((call) => !otherIds.has(firstLiteral(call)!))
  return rest.length > 0 ? rest : calls
}

function nearest(calls: readonly CallExpression[], column: number): CallExpression {
  const distance = (call: CallExpression): number => {
    const name = nameOf(call)!
    return Math.abs(name.getStart() - name.getStartLinePos() + 1 - column)
  }
  return calls.reduce((best, call) => (distance(call) < distance(best) ? call : best))
}

/**
 * The string literal at a path in the call's arguments: through object literals by key and array
 * literals by index. Undefined when the path
 * leads elsewhere (a variable, a spread, a sub-flow): nothing then tells which string was meant.
 */
function literalAt(call: CallExpression, path: ArgumentPath): Located | undefined {
  const [index, ...keys] = path
  let node: Node | undefined = typeof index === 'number' ? call.getArguments()[index] : undefined
  for (const key of keys) {
    node = node === undefined ? undefined : memberOf(unwrapped(node), key)
    if (node === undefined) return undefined
  }
  node = node === undefined ? undefined : unwrapped(node)
  return literalValue(node) === undefined ? undefined : node
}

/** The expression itself, without `( )`, `as …`, `satisfies …` or `!` around it. */
function unwrapped(node: Node): Node {
  let inner = node
  while (
    Node.isParenthesizedExpression(inner) ||
    Node.isAsExpression(inner) ||
    Node.isSatisfiesExpression(inner) ||
    Node.isNonNullExpression(inner)
  ) {
    inner = inner.getExpression()
  }
  return inner
}

/**
 * The members of object and array literals, read once each: a call with thousands of branches may
 * have a diagnostic on every one. An array's members stop at its first spread, after which indices shift.
 */
const membersOf = new WeakMap<Node, ReadonlyMap<string, Node>>()

/** The value of a key of an object literal (the last property of that name), or an element of an array literal. */
function memberOf(node: Node, key: string | number): Node | undefined {
  let members = membersOf.get(node)
  if (members === undefined) membersOf.set(node, (members = readMembers(node)))
  return members.get(String(key))
}

function readMembers(node: Node): ReadonlyMap<string, Node> {
  const members = new Map<string, Node>()
  for (const property of node.asKind(SyntaxKind.ObjectLiteralExpression)?.getProperties() ?? []) {
    const assignment = property.asKind(SyntaxKind.PropertyAssignment)
    const value = assignment?.getInitializer()
    if (assignment !== undefined && value !== undefined) members.set(keyOf(assignment), value)
  }
  for (const [index, element] of (node.asKind(SyntaxKind.ArrayLiteralExpression)?.getElements() ?? []).entries()) {
    if (element.isKind(SyntaxKind.SpreadElement)) break
    members.set(String(index), element)
  }
  return members
}

/** The key a property is written under, quotes removed: `to`, `'to'` and `"to"` are one key. */
function keyOf(property: PropertyAssignment): string {
  const name = property.getNameNode()
  const literal = name.asKind(SyntaxKind.StringLiteral) ?? name.asKind(SyntaxKind.NoSubstitutionTemplateLiteral) ?? name.asKind(SyntaxKind.NumericLiteral)
  return literal === undefined ? name.getText() : String(literal.getLiteralValue())
}

/**
 * The string literal with this value among the call's arguments, not inside a call of its own, when
 * there is exactly one: with two, nothing tells which was meant, and the first may be the wrong one.
 */
function onlyLiteralIn(call: CallExpression, value: string): Located | undefined {
  const found = call
    .getArguments()
    .flatMap((argument) => [argument, ...argument.getDescendants()])
    .filter((node) => literalValue(node) === value && node.getFirstAncestor((ancestor) => Node.isCallExpression(ancestor)) === call)
  return found.length === 1 ? found[0] : undefined
}

/** The node a statement exports under that name: the expression of `export default`, a declared name, a specifier. */
function exportedBy(statement: Statement, name: string): Located | undefined {
  const assignment = statement.asKind(SyntaxKind.ExportAssignment)
  if (assignment !== undefined) return !assignment.isExportEquals() && name === 'default' ? assignment : undefined
  const variables = statement.asKind(SyntaxKind.VariableStatement)
  if (variables !== undefined) {
    if (!variables.hasExportKeyword()) return undefined
    return variables.getDeclarations().find((declaration) => declaration.getName() === name)?.getNameNode()
  }
  const declaration = statement.asKind(SyntaxKind.FunctionDeclaration) ?? statement.asKind(SyntaxKind.ClassDeclaration)
  if (declaration !== undefined) {
    if (!declaration.hasExportKeyword()) return undefined
    const declared = declaration.hasDefaultKeyword() ? 'default' : declaration.getName()
    return declared === name ? (declaration.getNameNode() ?? declaration) : undefined
  }
  const list = statement.asKind(SyntaxKind.ExportDeclaration)
  return list?.getNamedExports().find((specifier) => (specifier.getAliasNode() ?? specifier.getNameNode()).getText() === name)
}
