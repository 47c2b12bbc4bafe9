import type { Rule } from 'eslint'
import { analysisOf } from '../analysis.js'

export const noUnresolvedChainUrl = 'https://github.com/fsflow/fsflow/blob/main/docs/eslint.md#fsflowno-unresolved-chain'

/** Says which expression kept an exported flow from being read, so that no fsflow rule checks it. */
export const noUnresolvedChain: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Builder code the plugin cannot read statically: the flow it makes is not linted.',
      recommended: false,
      url: noUnresolvedChainUrl,
    },
    messages: {
      unresolved: 'flow "{{name}}" is not linted: reading it stops here: {{reason}}',
      rejected: 'flow "{{name}}" does not build: {{reason}}',
    },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        const analysis = analysisOf(context.sourceCode.ast, context.filename)
        for (const flow of analysis?.unresolved ?? []) {
          context.report({
            loc: flow.node.loc,
            messageId: flow.rejectedByBuilder ? 'rejected' : 'unresolved',
            data: { name: flow.name, reason: flow.reason },
          })
        }
      },
    }
  },
}
