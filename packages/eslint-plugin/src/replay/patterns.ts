/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import type { TSESTree } from '@typescript-eslint/types'
import type { Scope } from './scope.js'
import { Unresolved } from './unresolved.js'
import { describeNode, isPlainObject, ownValue, propertyName, staticKey } from './values.js'

/** How a pattern's default values and computed keys are evaluated: the evaluator's own `evaluate`. */
type Evaluate = (node: TSESTree.Node, scope: Scope) => unknown

/** Binds a function's parameter to its argument: a name, a default, a rest, or a destructuring pattern. */
export function bindParameter(param: TSESTree.Parameter, args: readonly unknown[], index: number, scope: Scope, evaluate: Evaluate): void {
  if (param.type === 'RestElement') {
    bindPattern(param.argument, args.slice(index), scope, evaluate)
  } else if (param.type === 'AssignmentPattern') {
    const given = args[index]
    bindPattern(param.left, given === undefined ? evaluate(param.right, scope) : given, scope, evaluate)
  } else if (param.type === 'TSParameterProperty') {
    throw new Unresolved(param, 'a parameter property is not replayed')
  } else {
    bindPattern(param, args[index], scope, evaluate)
  }
}

/** Binds a name, or the names of a destructuring pattern, to a value. */
export function bindPattern(target: TSESTree.Node, value: unknown, scope: Scope, evaluate: Evaluate): void {
  switch (target.type) {
    case 'Identifier':
      scope.define(target.name, value)
      return
    case 'ObjectPattern':
      if (!isPlainObject(value)) throw new Unresolved(target, 'only objects the file writes are destructured')
      for (const property of target.properties) {
        if (property.type === 'RestElement') throw new Unresolved(property, 'a rest property is not replayed')
        const key = property.computed ? propertyName(evaluate(property.key, scope), property.key) : staticKey(property.key)
        bindPattern(property.value, ownValue(value, key), scope, evaluate)
      }
      return
    case 'ArrayPattern':
      if (!Array.isArray(value)) throw new Unresolved(target, 'only arrays the file writes are destructured')
      target.elements.forEach((element, i) => {
        if (element === null) return
        if (element.type === 'RestElement') bindPattern(element.argument, value.slice(i), scope, evaluate)
        else bindPattern(element, value[i], scope, evaluate)
      })
      return
    case 'AssignmentPattern':
      bindPattern(target.left, value === undefined ? evaluate(target.right, scope) : value, scope, evaluate)
      return
    default:
      throw new Unresolved(target, `${describeNode(target)} is not replayed`)
  }
}
