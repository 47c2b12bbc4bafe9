/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import type { TSESTree } from '@typescript-eslint/types'
import type { Scope } from './scope.js'
import { Unresolved } from './unresolved.js'
import { binaryOperations, isPlainObject, primitive, propertyName, setOwn, staticKey } from './values.js'

/** How an operand is evaluated: the evaluator's own `evaluate`. */
type Evaluate = (node: TSESTree.Node, scope: Scope) => unknown

/** The literals and operators a replay computes, each from the values of its parts. */
export function templateValue(node: TSESTree.TemplateLiteral, scope: Scope, evaluate: Evaluate): string {
  let text = node.quasis[0]?.value.cooked ?? ''
  node.expressions.forEach((expression, i) => {
    text += String(primitive(evaluate(expression, scope), expression)) + (node.quasis[i + 1]?.value.cooked ?? '')
  })
  return text
}

export function objectValue(node: TSESTree.ObjectExpression, scope: Scope, evaluate: Evaluate): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const property of node.properties) {
    if (property.type === 'SpreadElement') {
      const spread = evaluate(property.argument, scope)
      if (spread === null || spread === undefined) continue
      if (!isPlainObject(spread) && !Array.isArray(spread)) throw new Unresolved(property.argument, 'only objects the file writes are spread')
      for (const [key, value] of Object.entries(spread)) setOwn(object, key, value)
      continue
    }
    if (property.kind !== 'init') throw new Unresolved(property, 'a getter or setter is not replayed')
    const key = property.computed ? propertyName(evaluate(property.key, scope), property.key) : staticKey(property.key)
    setOwn(object, key, evaluate(property.value, scope))
  }
  return object
}

export function arrayValue(node: TSESTree.ArrayExpression, scope: Scope, evaluate: Evaluate): unknown[] {
  const array: unknown[] = []
  for (const element of node.elements) {
    if (element === null) throw new Unresolved(node, 'an array with holes is not replayed')
    if (element.type === 'SpreadElement') {
      const spread = evaluate(element.argument, scope)
      if (!Array.isArray(spread)) throw new Unresolved(element.argument, 'only arrays the file writes are spread')
      for (const item of spread as unknown[]) array.push(item)
    } else {
      array.push(evaluate(element, scope))
    }
  }
  return array
}

export function logicalValue(node: TSESTree.LogicalExpression, scope: Scope, evaluate: Evaluate): unknown {
  const left = evaluate(node.left, scope)
  if (node.operator === '&&') return left ? evaluate(node.right, scope) : left
  if (node.operator === '||') return left ? left : evaluate(node.right, scope)
  return left ?? evaluate(node.right, scope)
}

export function binaryValue(node: TSESTree.BinaryExpression, scope: Scope, evaluate: Evaluate): unknown {
  const left = primitive(evaluate(node.left, scope), node.left)
  const right = primitive(evaluate(node.right, scope), node.right)
  const operation = binaryOperations[node.operator]
  if (operation === undefined) throw new Unresolved(node, `the operator ${node.operator} is not replayed`)
  return operation(left, right)
}

export function unaryValue(node: TSESTree.UnaryExpression, scope: Scope, evaluate: Evaluate): unknown {
  const value = evaluate(node.argument, scope)
  switch (node.operator) {
    case '!':
      return !value
    case '-':
      return -(primitive(value, node.argument) as number)
    case '+':
      return Number(primitive(value, node.argument))
    case 'typeof':
      return typeof value
    default:
      throw new Unresolved(node, `the operator ${node.operator} is not replayed`)
  }
}
