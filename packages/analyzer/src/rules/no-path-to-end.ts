import { createRule } from '../rule.js'

export default createRule({
  name: 'no-path-to-end',
  meta: {
    type: 'problem',
    docs: { description: 'From every reachable node some path must lead to an end node.', recommended: 'error' },
    messages: {
      noPath: 'no path leads from node "{{id}}" to an end node: a user who gets here can never finish',
      loop: 'node "{{id}}" is caught in a loop with no way out to an end node: a user who gets here can never finish',
    },
  },
  defaultOptions: {},
  create(context) {
    const { graph, model, facts } = context
    if (graph.start === -1) return
    const reachable = graph.reachableFromStart()
    const canReachEnd = facts.canReachEnd
    let components: Int32Array | undefined
    for (const node of model.nodes) {
      if (!reachable[node.index] || canReachEnd[node.index]) continue
      components ??= graph.components()
      const component = components[node.index]
      const inLoop = graph.successorsOf(node.index).some((next) => components![next] === component)
      context.report({ messageId: inLoop ? 'loop' : 'noPath', data: { id: node.id ?? node.pointer }, node })
    }
  },
})
