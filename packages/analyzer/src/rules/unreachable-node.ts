import { createRule } from '../rule.js'

export default createRule({
  name: 'unreachable-node',
  meta: {
    type: 'problem',
    docs: { description: 'Every node must be reachable from the start node.', recommended: 'error' },
    messages: { unreachable: 'node "{{id}}" can never be reached from the start node "{{start}}"' },
  },
  defaultOptions: {},
  create(context) {
    const { graph, model } = context
    if (graph.start === -1) return
    const reachable = graph.reachableFromStart()
    const start = model.nodes[graph.start]!
    for (const node of model.nodes) {
      // Extra start nodes are `start-node`'s to report; non-objects are `invalid-schema`'s.
      if (reachable[node.index] || node.type === 'start' || node.fields === undefined) continue
      context.report({ messageId: 'unreachable', data: { id: node.id ?? node.pointer, start: start.id ?? start.pointer }, node })
    }
  },
})
