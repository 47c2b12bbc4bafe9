import { legacyNodeTypes } from '@fsflow/schema'
import { createRule } from '../rule.js'

export default createRule({
  name: 'legacy-shape',
  meta: {
    type: 'suggestion',
    local: true,
    docs: { description: 'Seed-era and legacy shapes still work but have a current replacement.', recommended: 'warn' },
    messages: {
      transitions: 'node "{{id}}" uses legacy "transitions"; the current field is "outcomes" (same items: {id, condition, targetNodeId})',
      nodeType: 'node "{{id}}" has legacy type "{{type}}"; use {{replacement}}',
      faceScanMode: 'face_scan node "{{id}}" uses legacy "mode"; the current fields are requireLivenessChallenge and requireAILivenessCheck',
      zone: 'zone "es" is the seed-era spelling; use "us" (United States) or "eu"',
      phrase: '"{{field}}" is legacy; put a conversation node {{where}} instead',
      modules: '"modules" is legacy; describe the session with a "flow" of nodes instead',
    },
  },
  defaultOptions: {},
  create(context) {
    const { body } = context.model
    for (const node of context.model.nodes) {
      const fields = node.fields
      if (fields === undefined) continue
      const id = node.id ?? node.pointer
      if (Object.hasOwn(fields, 'transitions')) context.report({ messageId: 'transitions', data: { id }, node, pointer: `${node.pointer}/transitions` })
      if (node.type !== undefined && Object.hasOwn(legacyNodeTypes, node.type)) {
        context.report({ messageId: 'nodeType', data: { id, type: node.type, replacement: legacyNodeTypes[node.type]! }, node, pointer: `${node.pointer}/type` })
      }
      if (node.type === 'face_scan' && Object.hasOwn(fields, 'mode')) context.report({ messageId: 'faceScanMode', data: { id }, node, pointer: `${node.pointer}/mode` })
    }
    if (body === undefined) return
    if (body.zone === 'es') context.report({ messageId: 'zone', pointer: '/zone' })
    if (Object.hasOwn(body, 'initialPhrase')) context.report({ messageId: 'phrase', data: { field: 'initialPhrase', where: 'right after start' }, pointer: '/initialPhrase' })
    if (Object.hasOwn(body, 'finalPhrase')) context.report({ messageId: 'phrase', data: { field: 'finalPhrase', where: 'before the end node' }, pointer: '/finalPhrase' })
    // With a flow too, `flow-and-modules` reports the conflict.
    if (Object.hasOwn(body, 'modules') && !Object.hasOwn(body, 'flow')) context.report({ messageId: 'modules', pointer: '/modules' })
  },
})
