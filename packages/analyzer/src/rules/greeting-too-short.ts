import { z } from 'zod/v4'
import { cameraLiveNodeTypes, videoAnalysisNodeTypes } from '@fsflow/schema'
import { effectiveType } from '../facts.js'
import { leastCostBefore } from '../graph/algorithms.js'
import { speechSeconds } from '../prompts.js'
import { createRule } from '../rule.js'

export type Options = z.infer<typeof optionsSchema>

const optionsSchema = z.strictObject({
  /** Seconds of avatar speech video analysis needs before it. */
  minSeconds: z.number().nonnegative(),
  /** Speaking pace used to turn prompt words into seconds; when not set, the config's `settings.wordsPerMinute` (150 by default). */
  wordsPerMinute: z.number().positive().optional(),
})

export default createRule<Options, 'tooShort'>({
  name: 'greeting-too-short',
  meta: {
    type: 'problem',
    docs: {
      description: 'Video analysis needs about five seconds of camera feed, spoken by the avatar, before it.',
      recommended: 'warn',
    },
    messages: {
      tooShort:
        '{{type}} node "{{id}}" can be reached after only {{seconds}}s of avatar speech; video analysis needs about {{min}}s of camera feed first (with less, recognition answers newUser even for returning users). Lengthen the greeting or put a two-factor step first',
    },
    schema: optionsSchema,
  },
  defaultOptions: { minSeconds: 5 },
  create(context, { minSeconds, wordsPerMinute = context.settings.wordsPerMinute }) {
    const { graph, model } = context
    if (graph.start === -1) return
    const stop = new Uint8Array(graph.size)
    for (const node of model.nodes) {
      const type = effectiveType(node)
      if (type !== undefined && (videoAnalysisNodeTypes.includes(type) || cameraLiveNodeTypes.includes(type))) stop[node.index] = 1
    }
    // Speech is counted only where it counts: at the nodes paths from start leave before a video node.
    const weight = (index: number): number => {
      const node = model.nodes[index]!
      const prompt = node.fields?.prompt
      return effectiveType(node) === 'conversation' && typeof prompt === 'string' ? speechSeconds(prompt, wordsPerMinute) : 0
    }
    const seconds = leastCostBefore(graph.successors, [graph.start], weight, stop)
    for (const node of model.nodes) {
      const type = effectiveType(node)
      if (type === undefined || !videoAnalysisNodeTypes.includes(type)) continue
      const spoken = seconds[node.index]!
      if (spoken < minSeconds) {
        context.report({
          messageId: 'tooShort',
          data: { type, id: node.id ?? node.pointer, seconds: round(spoken), min: round(minSeconds) },
          node,
        })
      }
    }
  },
})

function round(seconds: number): string {
  return String(Math.round(seconds * 10) / 10)
}
