import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, lint, reported, say } from '../flows.js'

const rule = 'no-path-to-end'

/** A conversation that loops on itself and can also go to `next`. */
function ask(id: string, next: string): Record<string, unknown> {
  return {
    id,
    type: 'conversation',
    prompt: "Say: What's your date of birth?",
    outcomes: [
      { id: 'answered', condition: 'The user gave a date', targetNodeId: next },
      { id: 'again', condition: 'The user did not give a date', targetNodeId: id },
    ],
  }
}

describe('no-path-to-end', () => {
  it('reports a flow with no end node on every reachable node', () => {
    const flow = [{ id: 'start', type: 'start', outcome: 'greeting' }, say('greeting', 'Hello.', 'bye'), { id: 'bye', type: 'external_call', request: { url: 'https://example.com' }, outcome: 'greeting' }]
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['start', 'greeting', 'bye'])
  })

  it('reports a node caught in a loop with no way out, saying it is a loop', () => {
    const flow = flowOf(say('greeting', 'Hello.', 'trap'), ask('trap', 'trap'))
    const diagnostics = reported(flow, rule)
    expect(diagnostics.map(brief)).toEqual([
      { ruleId: rule, severity: 2, nodeId: 'start', path: '/0' },
      { ruleId: rule, severity: 2, nodeId: 'greeting', path: '/1' },
      { ruleId: rule, severity: 2, nodeId: 'trap', path: '/2' },
    ])
    expect(diagnostics[0]?.message).toBe('no path leads from node "start" to an end node: a user who gets here can never finish')
    expect(diagnostics[2]?.message).toBe('node "trap" is caught in a loop with no way out to an end node: a user who gets here can never finish')
  })

  it('reports only the branch that cannot finish, not the nodes that can', () => {
    const recognition = { id: 'recognition', type: 'recognition', outcomes: { recognized: 'bye', newUser: 'trap', noFace: 'bye' } }
    const flow = flowOf(say('greeting', 'Hello! Please look at the camera for a few seconds while I check.', 'recognition'), recognition, ask('trap', 'trap'), closing('bye'))
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['trap'])
  })

  it('does not report a retry loop that can leave for an end', () => {
    expect(reported(flowOf(ask('dob', 'bye'), closing('bye')), rule)).toEqual([])
  })

  it('does not report a node whose only problem is a dangling target, nor the nodes before it', () => {
    const flow = flowOf(say('greeting', 'Hello.', 'confirm'), ask('confirm', 'closng'), closing('closing'))
    const diagnostics = lint(flow).filter((d) => d.severity === 2)
    expect(diagnostics.map((d) => d.ruleId)).not.toContain(rule)
    expect(diagnostics.filter((d) => d.ruleId === 'dangling-target').map((d) => d.nodeId)).toEqual(['confirm'])
  })

  it('does not report a node whose only problem is a missing outcome, nor the nodes before it', () => {
    const recognition = { id: 'recognition', type: 'recognition', outcomes: { recognized: 'recognition', noFace: 'recognition' } }
    const flow = [{ id: 'start', type: 'start', outcome: 'greeting' }, say('greeting', 'Hello.', 'recognition'), recognition, { id: 'end', type: 'end' }]
    const diagnostics = lint(flow)
    expect(diagnostics.map((d) => d.ruleId)).not.toContain(rule)
    expect(diagnostics.filter((d) => d.ruleId === 'missing-outcome').map((d) => d.nodeId)).toEqual(['recognition'])
  })

  it('does not report a node whose only problem is its schema, nor the nodes before it', () => {
    const broken = { id: 'broken', type: 'conversation', prompt: 42, outcomes: [{ id: 'o', condition: '', targetNodeId: 'broken' }] }
    const flow = [{ id: 'start', type: 'start', outcome: 'greeting' }, say('greeting', 'Hello.', 'broken'), broken, { id: 'end', type: 'end' }]
    const diagnostics = lint(flow)
    expect(diagnostics.map((d) => d.ruleId)).not.toContain(rule)
    expect(diagnostics.filter((d) => d.ruleId === 'invalid-schema').map((d) => d.nodeId)).toEqual(['broken'])
  })

  it('does not report a node of unknown type: invalid-schema does', () => {
    const flow = [{ id: 'start', type: 'start', outcome: 'mystery' }, { id: 'mystery', type: 'teleport' }, { id: 'end', type: 'end' }]
    expect(lint(flow).map((d) => [d.ruleId, d.nodeId])).toEqual([
      ['invalid-schema', 'mystery'],
      ['unreachable-node', 'end'],
    ])
  })

  it('still reports a dead end after a broken node, which is a mistake of its own', () => {
    const broken = say('broken', 'Hello.', 'trap', { doesNotRequireReply: 'yes' })
    const flow = flowOf(broken, ask('trap', 'trap'))
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['trap'])
  })

  it('is not reported when there is no start node', () => {
    expect(reported([ask('trap', 'trap'), { id: 'end', type: 'end' }], rule)).toEqual([])
  })

  it('does not report unreachable nodes, which unreachable-node reports', () => {
    const diagnostics = lint(flowOf(closing('bye'), ask('island', 'island')))
    expect(diagnostics.map((d) => [d.ruleId, d.nodeId])).toEqual([['unreachable-node', 'island']])
  })

  it('does not report the account-recovery flow\'s paths, which all end', () => {
    expect(reported(flowOf(say('greeting', 'Hello.', 'closing'), closing('closing')), rule)).toEqual([])
  })
})
