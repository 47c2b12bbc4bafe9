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
    const reported = new Set<number>()
    for (const node of model.nodes) {
      if (node.type !== 'permissions') continue
      for (const next of graph.successorsOf(node.index)) {
        const target = model.nodes[next]!
        const type = effectiveType(target)
        if (type === undefined || !videoAnalysisNodeTypes.includes(type) || reported.has(next)) continue
        reported.add(next)
        context.report({
          messageId: 'direct',
          data: { type, id: target.id ?? target.pointer, permissions: node.id ?? node.pointer },
          node: target,
        })
      }
    }
  },
})
