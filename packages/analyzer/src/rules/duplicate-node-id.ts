import { createRule } from '../rule.js'

export default createRule({
  name: 'duplicate-node-id',
  meta: {
    type: 'problem',
    docs: { description: 'Node ids must be unique in a flow.', recommended: 'error' },
    messages: { duplicate: 'node id "{{id}}" is used by {{count}} nodes (at {{pointers}}); ids must be unique' },
  },
  defaultOptions: {},
  create(context) {
    const { nodes } = context.model
    for (const [id, indices] of context.graph.duplicateIds()) {
      const second = nodes[indices[1]!]!
      context.report({
        messageId: 'duplicate',
        data: { id, count: indices.length, pointers: indices.map((i) => nodes[i]!.pointer).join(', ') },
        nodeId: id,
        pointer: `${second.pointer}/id`,
      })
    }
  },
})
