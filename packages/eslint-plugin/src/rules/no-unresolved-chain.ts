/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- node types are compared as the strings they are at run time: the trees come from espree too, which has no enum */
import type { TSESTree } from '@typescript-eslint/types'
import type { Rule } from 'eslint'
import { analysisOf } from '../analysis.js'

/** Where to show a node: a method call from its name to its closing parenthesis, as fsflow lint shows builder calls. */
function shownAt(node: TSESTree.Node): TSESTree.SourceLocation {
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') return { start: node.callee.property.loc.start, end: node.loc.end }
  return node.loc
}

export const noUnresolvedChainUrl = 'https://github.com/fsflow/fsflow/blob/main/docs/eslint.md#fsflowno-unresolved-chain'

/** Says which expression kept an exported flow from being read whole, so that only the rules about one node at a time check it. */
export const noUnresolvedChain: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Builder code the plugin cannot read statically: the flow it makes is linted only by the rules about one node at a time.',
      recommended: false,
      url: noUnresolvedChainUrl,
    },
    messages: {
      unresolved: 'flow "{{name}}" is not linted whole: reading it stops here: {{reason}}',
      rejected: 'flow "{{name}}" does not build: {{reason}}',
    },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        const analysis = analysisOf(context.sourceCode.ast, context.filename, context.sourceCode.parserServices)
        for (const flow of analysis?.unresolved ?? []) {
          context.report({
            loc: shownAt(flow.node),
            messageId: flow.rejectedByBuilder ? 'rejected' : 'unresolved',
            data: { name: flow.name, reason: flow.reason },
          })
        }
      },
    }
  },
}
