import type { Span } from '@fsflow/analyzer'
import { type CallExpression, Node, Project, type SourceFile, type Statement, SyntaxKind } from 'ts-morph'

/** What is known of a call that a stack frame names, besides its line, to tell it from other calls on that line. */
export interface CallHints {
  /** Node ids the call may have as its first argument, the likeliest first. */
  readonly ids: readonly string[]
  /** Ids of other nodes of the flow: calls with one of these first are not the call sought, unless nothing else is. */
  readonly otherIds: ReadonlySet<string>
  /** A string the message is about (a target id, a prompt); when the call has it as a literal, the span is that literal. */
  readonly target?: string
}

/**
 * The calls of a TypeScript flow module, by line, read from its text: where a builder call named by a
 * stack frame stands in the source. jiti runs a module reprinted with its lines kept but not its
 * columns, so a frame's line is exact and its column only a hint; the node id a builder call takes as
 * its first argument tells calls on one line apart.
 */
export class BuilderCalls {
  readonly #file: SourceFile
  readonly #byLine = new Map<number, CallExpression[]>()

  private constructor(file: SourceFile) {
    this.#file = file
    file.forEachDescendant((node) => {
      if (!Node.isCallExpression(node)) return
      const name = nameOf(node)
      if (name === undefined) return
      const line = name.getStartLineNumber()
      this.#byLine.set(line, [...(this.#byLine.get(line) ?? []), node])
    })
    for (const calls of this.#byLine.values()) calls.sort((a, b) => nameOf(a)!.getStart() - nameOf(b)!.getStart())
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
    const calls = this.#byLine.get(line)
    if (calls === undefined) return undefined
    const call = hints.ids.map((id) => calls.find((candidate) => firstLiteral(candidate) === id)).find((found) => found !== undefined)
    const chosen = call ?? nearest(withoutOtherNodes(calls, hints.otherIds), column)
    const literal = hints.target === undefined ? undefined : literalIn(chosen, hints.target)
    return literal === undefined ? this.#span(nameOf(chosen)!.getStart(), chosen.getEnd()) : this.#span(literal.getStart(), literal.getEnd())
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

/** A string literal with this value among the call's arguments, not inside a call of its own. */
function literalIn(call: CallExpression, value: string): Located | undefined {
  for (const argument of call.getArguments()) {
    const found = [argument, ...argument.getDescendants()].find(
      (node) => literalValue(node) === value && node.getFirstAncestor((ancestor) => Node.isCallExpression(ancestor)) === call,
    )
    if (found !== undefined) return found
  }
  return undefined
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
