/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import type { TSESTree } from '@typescript-eslint/types'
import { Unresolved } from './unresolved.js'

type Node = TSESTree.Node
type Statement = TSESTree.Statement | TSESTree.ProgramStatement

/** The values a replay computes with and the names it binds: small helpers of the evaluator. */
export type Primitive = string | number | boolean | null | undefined

export const binaryOperations: Partial<Record<string, (a: Primitive, b: Primitive) => unknown>> = {
  '+': (a, b) => (a as number) + (b as number),
  '-': (a, b) => (a as number) - (b as number),
  '*': (a, b) => (a as number) * (b as number),
  '/': (a, b) => (a as number) / (b as number),
  '%': (a, b) => (a as number) % (b as number),
  '**': (a, b) => (a as number) ** (b as number),
  '===': (a, b) => a === b,
  '==': (a, b) => a == b,
  '!==': (a, b) => a !== b,
  '!=': (a, b) => a != b,
  '<': (a, b) => (a as number) < (b as number),
  '>': (a, b) => (a as number) > (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
}

export function primitive(value: unknown, node: Node): Primitive {
  if (typeof value === 'object' && value !== null) throw new Unresolved(node, 'only strings, numbers and booleans are replayed in an operation')
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    throw new Unresolved(node, 'only strings, numbers and booleans are replayed in an operation')
  }
  return value as Primitive
}

export function propertyName(value: unknown, node: Node): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  throw new Unresolved(node, 'a computed key is replayed only when it is a known string or number')
}

export function staticKey(key: TSESTree.Node): string {
  if (key.type === 'Identifier') return key.name
  if (key.type === 'Literal') return String(key.value)
  throw new Unresolved(key, `${describeNode(key)} is not replayed as a key`)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** An own data property; never a getter, never the prototype's. */
export function ownValue(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key)
  return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined
}

/** Sets an own property, even `__proto__`, without touching prototypes. */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  // Only `__proto__` has a setter on Object.prototype; plain assignment is much faster for the rest.
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  else object[key] = value
}

/** The statement's declaration, through `export`. */
export function declarationOf(statement: Statement): Node | null {
  if (statement.type === 'ExportNamedDeclaration') return statement.declaration
  if (statement.type === 'ExportDefaultDeclaration') return statement.declaration
  return statement
}

/** The names a declaration target binds: `a`, or each name of `{ a, b: [c] }`. */
export function boundNames(target: Node): string[] {
  switch (target.type) {
    case 'Identifier':
      return [target.name]
    case 'ObjectPattern':
      return target.properties.flatMap((property) => boundNames(property.type === 'RestElement' ? property.argument : property.value))
    case 'ArrayPattern':
      return target.elements.flatMap((element) => (element === null ? [] : boundNames(element)))
    case 'RestElement':
      return boundNames(target.argument)
    case 'AssignmentPattern':
      return boundNames(target.left)
    default:
      return []
  }
}

export function asUnresolved(error: unknown, node: Node): Unresolved {
  return error instanceof Unresolved ? error : new Unresolved(node, `replaying it throws: ${errorMessage(error)}`)
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function calleeText(callee: Node): string {
  if (callee.type === 'Identifier') return callee.name
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return `${calleeText(callee.object)}.${callee.property.name}`
  return describeNode(callee)
}

/** `ClassExpression` → `a class expression`, for messages. */
export function describeNode(node: Node): string {
  const words = node.type.replace(/^TS/, 'TypeScript ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`
}
