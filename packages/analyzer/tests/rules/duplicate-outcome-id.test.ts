import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, reported } from '../flows.js'

const rule = 'duplicate-outcome-id'

function confirm(...ids: string[]): Record<string, unknown> {
  return {
    id: 'confirm',
    type: 'conversation',
    prompt: 'Say: Can you tell me the email address on your account?',
    outcomes: ids.map((id, i) => ({ id, condition: `The user gave answer number ${i + 1}`, targetNodeId: 'closing' })),
  }
}

describe('duplicate-outcome-id', () => {
  it('reports two outcomes of one node with the same id on the second one\'s id', () => {
    const diagnostics = reported(flowOf(confirm('answered', 'answered'), closing('closing')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'confirm', path: '/1/outcomes/1/id' }])
    expect(diagnostics[0]?.message).toBe('node "confirm" has 2 outcomes with id "answered"; outcome ids must be unique within a node')
  })

  it('reports an outcome id used three times once, with the count', () => {
    const diagnostics = reported(flowOf(confirm('a', 'b', 'a', 'a'), closing('closing')), rule)
    expect(diagnostics.map((d) => d.path)).toEqual(['/1/outcomes/2/id'])
    expect(diagnostics[0]?.message).toContain('has 3 outcomes with id "a"')
  })

  it('reports each duplicated outcome id of a node', () => {
    expect(reported(flowOf(confirm('a', 'b', 'a', 'b'), closing('closing')), rule).map((d) => d.path)).toEqual([
      '/1/outcomes/2/id',
      '/1/outcomes/3/id',
    ])
  })

  it('reports duplicates in data_validation outcomes and legacy transitions', () => {
    const validation = {
      id: 'validate',
      type: 'data_validation',
      validation: { field: 'email', action: 'isEmail' },
      outcomes: [
        { id: 'ok', condition: 'valid', targetNodeId: 'legacy' },
        { id: 'ok', condition: 'invalid', targetNodeId: 'legacy' },
      ],
    }
    const legacy = {
      id: 'legacy',
      type: 'conversation',
      prompt: 'Say: Shall we continue?',
      transitions: [
        { id: 't', condition: 'yes', targetNodeId: 'end' },
        { id: 't', condition: 'no', targetNodeId: 'end' },
      ],
    }
    expect(reported(flowOf(validation, legacy), rule).map((d) => [d.nodeId, d.path])).toEqual([
      ['validate', '/1/outcomes/1/id'],
      ['legacy', '/2/transitions/1/id'],
    ])
  })

  it('does not compare outcomes of different nodes', () => {
    const other = { ...confirm('answered'), id: 'again' }
    expect(reported(flowOf({ ...confirm('answered'), outcomes: [{ id: 'answered', condition: '', targetNodeId: 'again' }] }, other, closing('closing')), rule)).toEqual([])
  })

  it('does not report distinct outcome ids, or outcomes without a string id', () => {
    expect(reported(flowOf(confirm('yes', 'no'), closing('closing')), rule)).toEqual([])
    const noIds = { ...confirm('x'), outcomes: [{ condition: 'a', targetNodeId: 'closing' }, { condition: 'b', targetNodeId: 'closing' }] }
    expect(reported(flowOf(noIds, closing('closing')), rule)).toEqual([])
  })
})
