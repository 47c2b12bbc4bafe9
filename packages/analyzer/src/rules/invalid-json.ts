import { createRule } from '../rule.js'

export default createRule({
  name: 'invalid-json',
  meta: {
    type: 'problem',
    docs: { description: 'The file must be valid JSON.', recommended: 'error' },
    messages: { invalid: '{{message}}' },
  },
  defaultOptions: {},
  create(context) {
    const error = context.syntaxError
    if (error === undefined) return
    context.report({
      messageId: 'invalid',
      data: { message: error.message },
      pointer: '',
      position: { line: error.line, column: error.column, endLine: error.line, endColumn: error.column + 1 },
    })
  },
})
