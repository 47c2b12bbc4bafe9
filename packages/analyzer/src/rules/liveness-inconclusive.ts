import { isJsonObject } from '../describe-value.js'
import { createRule } from '../rule.js'

export default createRule({
  name: 'liveness-inconclusive',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Route the liveness `inconclusive` outcome deliberately, and never to the happy path.',
      recommended: 'warn',
    },
    messages: {
      missing:
        'liveness_detection node "{{id}}" has no "inconclusive" outcome; FaceSign silently sends it to the noFace target "{{noFace}}". Route it yourself',
      missingWithoutNoFace:
        'liveness_detection node "{{id}}" has no "inconclusive" outcome, and no "noFace" target for FaceSign to send it to. Route both yourself',
      happyPath:
        'liveness_detection node "{{id}}" sends "inconclusive" to "{{target}}", the same node as "livenessDetected"; an inconclusive check is a failure of the check, not a pass',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      if (node.type !== 'liveness_detection') continue
      const outcomes = node.fields?.outcomes
      if (!isJsonObject(outcomes)) continue
      const id = node.id ?? node.pointer
      if (!Object.hasOwn(outcomes, 'inconclusive')) {
        const { noFace } = outcomes
        const pointer = `${node.pointer}/outcomes`
        if (typeof noFace === 'string') context.report({ messageId: 'missing', data: { id, noFace }, node, pointer })
        else context.report({ messageId: 'missingWithoutNoFace', data: { id }, node, pointer })
      } else if (typeof outcomes.inconclusive === 'string' && outcomes.inconclusive === outcomes.livenessDetected) {
        context.report({ messageId: 'happyPath', data: { id, target: outcomes.inconclusive }, node, pointer: `${node.pointer}/outcomes/inconclusive` })
      }
    }
  },
})
