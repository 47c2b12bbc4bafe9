import type { FlowNodeInfo } from '../flow-model.js'
import { nearestMatch } from '../nearest-match.js'
import { createRule } from '../rule.js'

/**
 * Ids compared per flow for suggestions at most: a hint must never make a huge, broken flow slow
 * (one target against 100,000 ids takes about 30 ms). Flows people write get every suggestion.
 */
const comparisonBudget = 50_000

/** The existing node id nearest each misspelt target, found once per target, within the budget. */
class NearestNodeId {
  private ids: readonly string[] | undefined
  private readonly found = new Map<string, string | undefined>()
  private spent = 0

  constructor(private readonly nodes: readonly FlowNodeInfo[]) {}

  of(target: string): string | undefined {
    if (this.found.has(target)) return this.found.get(target)
    // Counted before the ids are gathered, so that a flow past the budget pays nothing at all.
    this.spent += this.nodes.length
    if (this.spent > comparisonBudget) return undefined
    this.ids ??= [...new Set(this.nodes.flatMap((node) => (node.id === undefined ? [] : [node.id])))]
    const nearest = nearestMatch(target, this.ids)
    this.found.set(target, nearest)
    return nearest
  }
}

export default createRule({
  name: 'dangling-target',
  meta: {
    type: 'problem',
    docs: { description: 'Every outcome must point to a node that exists.', recommended: 'error' },
    messages: {
      dangling: 'outcome "{{outcome}}" of node "{{id}}" points to "{{target}}", but no node has that id',
      danglingDidYouMean: 'outcome "{{outcome}}" of node "{{id}}" points to "{{target}}", but no node has that id; did you mean "{{suggestion}}"?',
      danglingNext: 'node "{{id}}" continues to "{{target}}", but no node has that id',
      danglingNextDidYouMean: 'node "{{id}}" continues to "{{target}}", but no node has that id; did you mean "{{suggestion}}"?',
    },
  },
  defaultOptions: {},
  create(context) {
    const nearest = new NearestNodeId(context.model.nodes)
    for (const node of context.model.nodes) {
      for (const reference of context.facts.danglingReferences(node)) {
        // A start or external_call node has one unnamed continuation, `outcome`.
        const unnamed = reference.name === 'outcome'
        const suggestion = nearest.of(reference.target)
        const data = { outcome: reference.name, id: node.id ?? node.pointer, target: reference.target }
        context.report({
          messageId: suggestion === undefined ? (unnamed ? 'danglingNext' : 'dangling') : unnamed ? 'danglingNextDidYouMean' : 'danglingDidYouMean',
          data: suggestion === undefined ? data : { ...data, suggestion },
          node,
          pointer: reference.pointer,
        })
      }
    }
  },
})
