import { videoAnalysisNodeTypes } from '@fsflow/schema'
import { effectiveType } from '../facts.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'video-after-permissions',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Put a conversation between `permissions` and the first video-analysis node.',
      recommended: 'warn',
    },
    messages: {
      direct:
        '{{type}} node "{{id}}" comes straight after permissions node "{{permissions}}"; the camera has only just started, so put a conversation in between',
    },
  },
  defaultOptions: {},
  create(context) {
    const { model, graph } = context
    for (const node of model.nodes) {
      const type = effectiveType(node)
      if (type === undefined || !videoAnalysisNodeTypes.includes(type)) continue
      // Name the permissions node with the least id, so the finding does not depend on node order.
      const permissions = graph
        .predecessorsOf(node.index)
        .map((index) => model.nodes[index]!)
        .filter((previous) => previous.type === 'permissions')
        .map((previous) => previous.id ?? previous.pointer)
        .sort()[0]
      if (permissions === undefined) continue
      context.report({ messageId: 'direct', data: { type, id: node.id ?? node.pointer, permissions }, node })
    }
  },
})
