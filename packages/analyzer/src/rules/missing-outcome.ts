import { createRule } from '../rule.js'

export default createRule({
  name: 'missing-outcome',
  meta: {
    type: 'problem',
    docs: { description: 'Every outcome a node type requires must be routed.', recommended: 'error' },
    messages: {
      missing: '{{type}} node "{{id}}" has no {{names}}; FaceSign requires every outcome to be linked',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const missing = context.facts.missingOutcomes(node)
      if (missing === undefined) continue
      context.report({
        messageId: 'missing',
        data: {
          type: node.type ?? 'node',
          id: node.id ?? node.pointer,
          names: missing.names.map((name) => `"${name}"`).join(', '),
        },
        node,
        pointer: missing.pointer,
      })
    }
  },
})
