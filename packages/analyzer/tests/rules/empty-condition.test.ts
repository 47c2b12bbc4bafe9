import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, reported } from '../flows.js'

const rule = 'empty-condition'

function confirm(conditions: string[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'confirm',
    type: 'conversation',
    prompt: 'Say: Can you tell me the email address on your account?',
    outcomes: conditions.map((condition, i) => ({ id: `o${i}`, condition, targetNodeId: 'closing' })),
    ...fields,
  }
}

describe('empty-condition', () => {
  it('reports an empty condition next to other outcomes, on that condition', () => {
    const diagnostics = reported(flowOf(confirm(['The user gave an email', '']), closing('closing')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'confirm', path: '/1/outcomes/1/condition' }])
    expect(diagnostics[0]?.message).toBe(
      'outcome "o1" of node "confirm" has an empty condition next to 1 other outcome(s); FaceSign cannot tell when to take it',
    )
  })

  it('counts a condition of only spaces as empty', () => {
    expect(reported(flowOf(confirm(['   ', 'The user refused', 'The user gave an email']), closing('closing')), rule).map((d) => d.path)).toEqual([
      '/1/outcomes/0/condition',
    ])
  })

  it('reports the node once, at its first empty condition', () => {
    const diagnostics = reported(flowOf(confirm(['yes', '', '']), closing('closing')), rule)
    expect(diagnostics.map((d) => d.path)).toEqual(['/1/outcomes/1/condition'])
    expect(diagnostics[0]?.message).toContain('next to 2 other outcome(s)')
  })

  it('does not report a single unconditional outcome, which is how a conversation moves on', () => {
    expect(reported(flowOf(confirm(['']), closing('closing')), rule)).toEqual([])
  })

  it('does not report outcomes that all have conditions', () => {
    expect(reported(flowOf(confirm(['The user gave an email', 'The user refused']), closing('closing')), rule)).toEqual([])
  })

  it('leaves a node that does not wait for a reply to misplaced-does-not-require-reply', () => {
    const flow = flowOf(confirm(['yes', ''], { prompt: 'Say: Bye.', doesNotRequireReply: true }), closing('closing'))
    expect(reported(flow, rule)).toEqual([])
    expect(reported(flow, 'misplaced-does-not-require-reply')).toHaveLength(1)
  })
})
