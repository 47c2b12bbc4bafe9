import { createRule } from '../rule.js'

export default createRule({
  name: 'flow-and-modules',
  meta: {
    type: 'problem',
    docs: { description: 'A session body sets either `flow` or legacy `modules`, never both.', recommended: 'error' },
    messages: { both: 'the session body sets both "flow" and legacy "modules"; FaceSign takes one or the other: keep "flow"' },
  },
  defaultOptions: {},
  create(context) {
    const body = context.model.body
    if (body !== undefined && Object.hasOwn(body, 'flow') && Object.hasOwn(body, 'modules')) {
      context.report({ messageId: 'both', pointer: '/modules' })
    }
  },
})
