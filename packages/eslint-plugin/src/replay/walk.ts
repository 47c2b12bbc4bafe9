/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import type { TSESTree } from '@typescript-eslint/types'

const notChildren = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeArguments', 'typeParameters'])

/**
 * Visits a node and every node under it (types left out), in source order, with the node it is under;
 * `visit` returning false skips a node's children.
 */
export function walk(node: TSESTree.Node, visit: (node: TSESTree.Node, parent: TSESTree.Node | undefined) => boolean | undefined): void {
  const stack: [TSESTree.Node, TSESTree.Node | undefined][] = [[node, undefined]]
  while (stack.length > 0) {
    const [current, parent] = stack.pop()!
    if (visit(current, parent) === false) continue
    const children: TSESTree.Node[] = []
    for (const key of Object.keys(current)) {
      if (notChildren.has(key)) continue
      const value: unknown = (current as unknown as Record<string, unknown>)[key]
      if (Array.isArray(value)) for (const item of value) { if (isNode(item)) children.push(item) }
      else if (isNode(value)) children.push(value)
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, current])
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** Names assigned anywhere in the file (`x = …`, `x++`): a `let` among them has no value one reading can know. */
export function reassignedNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>()
  walk(program, (node) => {
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') names.add(node.left.name)
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') names.add(node.argument.name)
    if ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && node.left.type === 'Identifier') names.add(node.left.name)
    return true
  })
  return names
}
