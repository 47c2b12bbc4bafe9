import { isJsonObject } from '../describe-value.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'recognition-paths-merged',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Send `recognized` and `newUser` down separate paths (the recognition branching pattern).',
      recommended: 'warn',
    },
    messages: {
      merged:
        'recognition node "{{id}}" sends both "recognized" and "newUser" to "{{target}}"; the next node then has to guess which one happened. Give each its own path',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      if (node.type !== 'recognition') continue
      const outcomes = node.fields?.outcomes
      if (!isJsonObject(outcomes) || typeof outcomes.recognized !== 'string') continue
      if (outcomes.recognized === outcomes.newUser) {
        context.report({
          messageId: 'merged',
          data: { id: node.id ?? node.pointer, target: outcomes.recognized },
          node,
          pointer: `${node.pointer}/outcomes/newUser`,
        })
      }
    }
  },
})
