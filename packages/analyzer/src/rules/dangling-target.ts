import { createRule } from '../rule.js'

export default createRule({
  name: 'dangling-target',
  meta: {
    type: 'problem',
    docs: { description: 'Every outcome must point to a node that exists.', recommended: 'error' },
    messages: {
      dangling: 'outcome "{{outcome}}" of node "{{id}}" points to "{{target}}", but no node has that id',
      danglingNext: 'node "{{id}}" continues to "{{target}}", but no node has that id',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      for (const reference of context.facts.danglingReferences(node)) {
        // A start or external_call node has one unnamed continuation, `outcome`.
        const unnamed = reference.name === 'outcome'
        context.report({
          messageId: unnamed ? 'danglingNext' : 'dangling',
          data: { outcome: reference.name, id: node.id ?? node.pointer, target: reference.target },
          node,
          pointer: reference.pointer,
        })
      }
    }
  },
})
