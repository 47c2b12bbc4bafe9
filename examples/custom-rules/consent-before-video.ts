import { createRule, effectiveType, leastCostBefore } from '@fsflow/analyzer'
import { z } from 'zod/v4'

/** The video-analysis node types: they record and analyse the user's face. */
const videoTypes = new Set(['recognition', 'liveness_detection', 'face_scan', 'face_compare'])

const optionsSchema = z.strictObject({
  /** Words that make a conversation prompt a consent conversation (matched case-insensitively). */
  keywords: z.array(z.string().min(1)).min(1),
})

export type Options = z.infer<typeof optionsSchema>

export default createRule<Options, 'noConsent'>({
  name: 'consent-before-video',
  meta: {
    type: 'problem',
    docs: {
      description: 'Every path from start asks for consent in a conversation before the first video-analysis node.',
      recommended: 'error',
      url: 'https://github.com/fsflow/fsflow/blob/main/docs/custom-rules.md',
    },
    messages: {
      noConsent: '{{type}} node "{{id}}" can be reached without a consent conversation first; ask for consent before analysing video',
    },
    schema: optionsSchema,
  },
  defaultOptions: { keywords: ['consent'] },
  create(context, { keywords }) {
    const { graph, model } = context
    if (graph.start === -1) return
    const words = keywords.map((keyword) => keyword.toLowerCase())
    const asksConsent = (index: number): boolean => {
      const node = model.nodes[index]!
      const prompt = node.fields?.prompt
      return effectiveType(node) === 'conversation' && typeof prompt === 'string' && words.some((word) => prompt.toLowerCase().includes(word))
    }
    // A path stops at its first video node: one report per path, as greeting-too-short does.
    const stop = new Uint8Array(graph.size)
    for (const node of model.nodes) if (videoTypes.has(node.type ?? '')) stop[node.index] = 1
    // The fewest consent conversations on any path from start to each node: 0 means some path has none.
    const consents = leastCostBefore(graph.successors, [graph.start], (index) => (asksConsent(index) ? 1 : 0), stop)
    for (const node of model.nodes) {
      if (stop[node.index] === 1 && consents[node.index] === 0) {
        context.report({ messageId: 'noConsent', data: { type: node.type ?? 'video', id: node.id ?? node.pointer }, node })
      }
    }
  },
})
