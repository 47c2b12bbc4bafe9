import { isJsonObject } from '../describe-value.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'empty-condition',
  meta: {
    type: 'problem',
    local: true,
    docs: {
      description: 'When a node that waits for a reply has several outcomes, each needs a condition.',
      recommended: 'warn',
    },
    messages: {
      empty:
        'outcome "{{outcome}}" of node "{{id}}" has an empty condition next to {{others}} other outcome(s); FaceSign cannot tell when to take it',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const fields = node.fields
      if (node.type !== 'conversation' || fields === undefined || fields.doesNotRequireReply === true) continue
      const outcomes = Array.isArray(fields.outcomes) ? (fields.outcomes as unknown[]) : []
      if (outcomes.length < 2) continue
      const index = outcomes.findIndex(
        (outcome) => isJsonObject(outcome) && typeof outcome.condition === 'string' && outcome.condition.trim() === '',
      )
      if (index === -1) continue
      const outcome = outcomes[index] as Record<string, unknown>
      context.report({
        messageId: 'empty',
        data: { outcome: typeof outcome.id === 'string' ? outcome.id : `#${index}`, id: node.id ?? node.pointer, others: outcomes.length - 1 },
        node,
        pointer: `${node.pointer}/outcomes/${index}/condition`,
      })
    }
  },
})
