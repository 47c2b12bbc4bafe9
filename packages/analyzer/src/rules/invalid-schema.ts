import { createRule } from '../rule.js'

export default createRule({
  name: 'invalid-schema',
  meta: {
    type: 'problem',
    docs: { description: "Nodes and the document must match FaceSign's schema.", recommended: 'error' },
    messages: { invalid: '{{message}}' },
  },
  defaultOptions: {},
  create(context) {
    for (const problem of context.facts.schemaProblems) {
      context.report({ messageId: 'invalid', data: { message: problem.message }, node: problem.node, pointer: problem.pointer })
    }
  },
})
