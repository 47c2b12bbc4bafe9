import { createRule } from '../rule.js'

export default createRule({
  name: 'start-node',
  meta: {
    type: 'problem',
    docs: { description: 'A flow needs exactly one start node.', recommended: 'error' },
    messages: {
      missing: 'the flow has no start node; add one node with "type": "start"',
      extra: 'node "{{id}}" is a second start node; a flow has exactly one (the first is "{{first}}")',
    },
  },
  defaultOptions: {},
  create(context) {
    const { model, graph } = context
    if (model.flowPointer === undefined) return
    if (graph.start === -1) {
      context.report({ messageId: 'missing', pointer: model.flowPointer })
      return
    }
    const first = model.nodes[graph.start]!
    for (const node of model.nodes) {
      if (node.type === 'start' && node !== first) {
        context.report({ messageId: 'extra', data: { id: node.id ?? `at ${node.pointer}`, first: first.id ?? first.pointer }, node })
      }
    }
  },
})
