/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import { type Diagnostic, parsePointer } from '@fsflow/analyzer'
import { type ArgumentPath, type LocatedDiagnostic, builderProblems, compile, locator } from '@fsflow/builder'
import type { TSESTree } from '@typescript-eslint/types'
import type { ModuleReplay, ReplayedFlow } from '../replay/replay-module.js'
import { walk } from '../replay/walk.js'
import { type FlowEdits, type ProblemPlace, type TextEdit, removeFromList } from './text-edit.js'

/** A flow replayed from builder code: its document, and where each of its problems is in the source. */
export interface BuilderFlowSource {
  readonly document: unknown
  /** What the builder itself finds wrong (a chain never ended), and the pointers whose reports that already says. */
  readonly builderProblems: { readonly diagnostics: readonly Diagnostic[]; readonly coveredPointers: ReadonlySet<string> }
  /** The builder call that made the node (its name to its closing parenthesis), or the string literal the problem is about. */
  place(diagnostic: Diagnostic): ProblemPlace
  /** Edits in the builder call each diagnostic is about. */
  editsFor(diagnostic: Diagnostic): FlowEdits
}

/** The source of one replayed flow whose every part was read. */
export function builderFlowSource(replay: ModuleReplay, flow: ReplayedFlow & { value: object }): BuilderFlowSource {
  const document = compile(flow.value, { check: false })
  // One rendering places every diagnostic of the flow.
  const locate = locator(flow.value)
  const own = builderProblems(flow.value)
  const builderLocated = new Map<Diagnostic, LocatedDiagnostic>()
  const ownDiagnostics = own.diagnostics.map(({ location: _location, argument: _argument, ...diagnostic }, index) => {
    builderLocated.set(diagnostic, own.diagnostics[index]!)
    return diagnostic
  })
  const located = (diagnostic: Diagnostic): LocatedDiagnostic => builderLocated.get(diagnostic) ?? locate(diagnostic)
  const callOf = (diagnostic: Diagnostic): TSESTree.CallExpression | undefined => {
    const site = located(diagnostic).location
    return site === undefined ? undefined : replay.callOf(site)
  }
  return {
    document,
    builderProblems: { diagnostics: ownDiagnostics, coveredPointers: new Set(own.coveredPointers) },
    place(diagnostic) {
      const call = callOf(diagnostic)
      if (call === undefined) return { loc: flow.exportNode.loc }
      const { argument } = located(diagnostic)
      const target = stringAt(document, diagnostic.path)
      const literal = argument !== undefined ? literalAt(call, argument) : target === undefined ? undefined : onlyLiteralIn(call, target)
      return { loc: literal?.loc ?? { start: nameOf(call).loc.start, end: call.loc.end } }
    },
    editsFor(diagnostic) {
      return callEdits(callOf(diagnostic), document)
    },
  }
}

/** The name a call is made by: `converse` in `chain.converse(…)`, where `fsflow lint` starts its span. */
function nameOf(call: TSESTree.CallExpression): TSESTree.Node {
  return call.callee.type === 'MemberExpression' ? call.callee.property : call.callee
}

/** The string a JSON pointer leads to in a document, if it leads to one. */
export function stringAt(document: unknown, pointer: string): string | undefined {
  let value = document
  for (const token of parsePointer(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, token)) return undefined
    value = (value as Record<string, unknown>)[token]
  }
  return typeof value === 'string' ? value : undefined
}

/** Every node in the call's arguments that belongs to this call, not to a call inside them, in source order. */
function ownArgumentNodes(call: TSESTree.CallExpression): TSESTree.Node[] {
  const found: TSESTree.Node[] = []
  for (const argument of call.arguments) {
    walk(argument, (node) => {
      found.push(node)
      return node.type !== 'CallExpression'
    })
  }
  return found.filter((node) => node.type !== 'CallExpression')
}

function literalValue(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined
  return undefined
}

/**
 * The string literal at a path in the call's arguments (object literals by key, array literals by
 * index), as `fsflow lint` finds it; undefined when the path leads elsewhere (a variable, a spread).
 */
function literalAt(call: TSESTree.CallExpression, path: ArgumentPath): TSESTree.Node | undefined {
  const [index, ...keys] = path
  let node: TSESTree.Node | undefined = typeof index === 'number' ? call.arguments[index] : undefined
  for (const key of keys) {
    node = node === undefined ? undefined : memberOf(unwrapped(node), key)
    if (node === undefined) return undefined
  }
  node = node === undefined ? undefined : unwrapped(node)
  return node !== undefined && literalValue(node) !== undefined ? node : undefined
}

/** The expression itself, without `as …`, `satisfies …` or `!` around it. */
function unwrapped(node: TSESTree.Node): TSESTree.Node {
  let inner = node
  while (inner.type === 'TSAsExpression' || inner.type === 'TSSatisfiesExpression' || inner.type === 'TSNonNullExpression') inner = inner.expression
  return inner
}

/** The value of a key of an object literal (its last property of that name), or an element of an array literal before any spread. */
function memberOf(node: TSESTree.Node, key: string | number): TSESTree.Node | undefined {
  if (node.type === 'ObjectExpression') {
    let found: TSESTree.Node | undefined
    for (const property of node.properties) if (property.type === 'Property' && keyName(property) === String(key)) found = property.value
    return found
  }
  if (node.type === 'ArrayExpression') {
    const index = Number(key)
    const spread = node.elements.findIndex((element) => element?.type === 'SpreadElement')
    if (spread !== -1 && spread <= index) return undefined
    return node.elements[index] ?? undefined
  }
  return undefined
}

/** The string literal with this value among the call's arguments when there is exactly one: with two, nothing tells which was meant. */
function onlyLiteralIn(call: TSESTree.CallExpression, value: string): TSESTree.Node | undefined {
  const found = ownArgumentNodes(call).filter((node) => literalValue(node) === value)
  return found.length === 1 ? found[0] : undefined
}

/** A string literal with this value among the call's arguments, not inside a call of its own. */
function literalIn(call: TSESTree.CallExpression, value: string): TSESTree.Node | undefined {
  return ownArgumentNodes(call).find((node) => literalValue(node) === value)
}

function keyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined
  return property.key.type === 'Identifier' ? property.key.name : String((property.key as TSESTree.Literal).value)
}

/** Properties named `key` in the call's own object literals. */
function propertiesNamed(call: TSESTree.CallExpression, key: string): { property: TSESTree.Property; object: TSESTree.ObjectExpression }[] {
  const objects = ownArgumentNodes(call).filter((node): node is TSESTree.ObjectExpression => node.type === 'ObjectExpression')
  return objects.flatMap((object) =>
    object.properties.flatMap((property) => (property.type === 'Property' && keyName(property) === key ? [{ property, object }] : [])),
  )
}

function quoteLike(raw: string, value: string): string {
  if (raw.startsWith("'")) return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
  return JSON.stringify(value)
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`
}

function callEdits(call: TSESTree.CallExpression | undefined, document: unknown): FlowEdits {
  const lastToken = (pointer: string): string | undefined => parsePointer(pointer).at(-1)
  return {
    replaceString(pointer, value): TextEdit[] | undefined {
      const target = stringAt(document, pointer)
      const literal = call === undefined || target === undefined ? undefined : literalIn(call, target)
      if (literal?.type !== 'Literal') return undefined
      return [{ range: literal.range, text: quoteLike(literal.raw, value) }]
    },
    removeField(pointer) {
      const key = lastToken(pointer)
      const found = call === undefined || key === undefined ? [] : propertiesNamed(call, key)
      if (found.length !== 1) return undefined
      const { property, object } = found[0]!
      return removeFromList(object.properties.map((member) => member.range), object.properties.indexOf(property))
    },
    addField(pointer, key, value) {
      const fields = Object.keys((stringAtObject(document, pointer) ?? {}))
      const objects = call === undefined ? [] : ownArgumentNodes(call).filter((node): node is TSESTree.ObjectExpression => node.type === 'ObjectExpression')
      const routes = objects.find((object) => object.properties.some((property) => property.type === 'Property' && fields.includes(keyName(property) ?? '')))
      const last = routes?.properties.at(-1)
      if (last === undefined) return undefined
      return [{ range: [last.range[1], last.range[1]], text: `, ${propertyKey(key)}: '${value.replaceAll("'", "\\'")}'` }]
    },
    renameField(pointer, key) {
      const name = lastToken(pointer)
      const found = call === undefined || name === undefined ? [] : propertiesNamed(call, name)
      if (found.length !== 1) return undefined
      return [{ range: found[0]!.property.key.range, text: propertyKey(key) }]
    },
  }
}

function stringAtObject(document: unknown, pointer: string): object | undefined {
  let value = document
  for (const token of parsePointer(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, token)) return undefined
    value = (value as Record<string, unknown>)[token]
  }
  return typeof value === 'object' && value !== null ? value : undefined
}
