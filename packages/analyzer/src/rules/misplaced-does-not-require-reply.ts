import { isJsonObject } from '../describe-value.js'
import { asksSomething } from '../prompts.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'misplaced-does-not-require-reply',
  meta: {
    type: 'problem',
    local: true,
    docs: {
      description: '`doesNotRequireReply: true` belongs on final statements, never on a node that needs an answer.',
      recommended: 'warn',
    },
    messages: {
      asks: 'node "{{id}}" has doesNotRequireReply: true but its prompt asks the user something; the user never gets to answer',
      several: 'node "{{id}}" has doesNotRequireReply: true but {{count}} outcomes; without a reply nothing can choose between them',
      condition:
        'node "{{id}}" has doesNotRequireReply: true but outcome "{{outcome}}" has a condition; without a reply the condition cannot be judged',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const fields = node.fields
      if (fields?.doesNotRequireReply !== true) continue
      const id = node.id ?? node.pointer
      const pointer = `${node.pointer}/doesNotRequireReply`
      const outcomes = Array.isArray(fields.outcomes) ? (fields.outcomes as unknown[]) : []
      if (typeof fields.prompt === 'string' && asksSomething(fields.prompt)) {
        context.report({ messageId: 'asks', data: { id }, node, pointer })
      } else if (outcomes.length > 1) {
        context.report({ messageId: 'several', data: { id, count: outcomes.length }, node, pointer })
      } else {
        const conditional = outcomes.find(
          (outcome) => isJsonObject(outcome) && typeof outcome.condition === 'string' && outcome.condition.trim() !== '',
        )
        if (isJsonObject(conditional)) {
          // An outcome without a string id is named by its position, as empty-condition does.
          const outcome = typeof conditional.id === 'string' ? conditional.id : `#${outcomes.indexOf(conditional)}`
          context.report({ messageId: 'condition', data: { id, outcome }, node, pointer })
        }
      }
    }
  },
})
