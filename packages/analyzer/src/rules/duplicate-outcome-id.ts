import { isJsonObject } from '../describe-value.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'duplicate-outcome-id',
  meta: {
    type: 'problem',
    local: true,
    docs: { description: 'The outcomes of one node must have distinct ids.', recommended: 'error' },
    messages: { duplicate: 'node "{{id}}" has {{count}} outcomes with id "{{outcome}}"; outcome ids must be unique within a node' },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const fields = node.fields
      if (fields === undefined) continue
      for (const key of ['outcomes', 'transitions']) {
        const list = Object.hasOwn(fields, key) ? fields[key] : undefined
        // One outcome has no duplicate: no map for it (most nodes have one).
        if (!Array.isArray(list) || list.length < 2) continue
        const seen = new Map<string, number[]>()
        list.forEach((outcome: unknown, i) => {
          if (!isJsonObject(outcome) || typeof outcome.id !== 'string') return
          const at = seen.get(outcome.id)
          if (at === undefined) seen.set(outcome.id, [i])
          else at.push(i)
        })
        for (const [outcome, indices] of seen) {
          if (indices.length < 2) continue
          context.report({
            messageId: 'duplicate',
            data: { id: node.id ?? node.pointer, count: indices.length, outcome },
            node,
            pointer: `${node.pointer}/${key}/${indices[1]!}/id`,
          })
        }
      }
    }
  },
})
