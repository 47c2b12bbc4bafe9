import { hasConditionalLogic } from '../prompts.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'conditional-prompt',
  meta: {
    type: 'suggestion',
    local: true,
    docs: {
      description: 'Branch in the graph, not inside one prompt ("If recognized, do X. If not, do Y.").',
      recommended: 'warn',
    },
    messages: {
      conditional:
        'the prompt of node "{{id}}" branches inside itself ("if … otherwise …"); the most common cause of broken flows. Branch in the graph instead (recognition branching, field_condition)',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const prompt = node.fields?.prompt
      if (typeof prompt === 'string' && hasConditionalLogic(prompt)) {
        context.report({ messageId: 'conditional', data: { id: node.id ?? node.pointer }, node, pointer: `${node.pointer}/prompt` })
      }
    }
  },
})
