import { isJsonObject } from '../describe-value.js'
import { hasExitCondition, isVerbatim } from '../prompts.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'goal-without-exit',
  meta: {
    type: 'suggestion',
    local: true,
    docs: {
      description: 'A goal prompt needs an explicit exit condition, such as "after 3 attempts without an answer".',
      recommended: 'warn',
    },
    messages: {
      noExit:
        'goal prompt of node "{{id}}" never says when to give up (for instance "if the user does not answer after 3 attempts"), and no outcome covers it; the avatar may insist forever',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const fields = node.fields
      if (node.type !== 'conversation' || fields === undefined || fields.doesNotRequireReply === true) continue
      const prompt = fields.prompt
      if (typeof prompt !== 'string' || isVerbatim(prompt) || hasExitCondition(prompt)) continue
      const outcomes = Array.isArray(fields.outcomes) ? (fields.outcomes as unknown[]) : []
      const covered = outcomes.some(
        (outcome) => isJsonObject(outcome) && typeof outcome.condition === 'string' && hasExitCondition(outcome.condition),
      )
      if (!covered) context.report({ messageId: 'noExit', data: { id: node.id ?? node.pointer }, node, pointer: `${node.pointer}/prompt` })
    }
  },
})
