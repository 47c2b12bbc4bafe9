import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, lint, reported, say } from '../flows.js'

const rule = 'unreachable-node'

describe('unreachable-node', () => {
  it('reports a node nothing leads to, on the node', () => {
    const diagnostics = reported(flowOf(closing('bye'), say('forgotten', 'Nobody hears this.')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'forgotten', path: '/2' }])
    expect(diagnostics[0]?.message).toBe('node "forgotten" can never be reached from the start node "start"')
  })

  it('reports each node of an unreachable chain, even though they lead to each other', () => {
    const flow = flowOf(closing('bye'), say('island_a', 'One.', 'island_b'), say('island_b', 'Two.', 'island_a'))
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['island_a', 'island_b'])
  })

  it('reports an end node nothing leads to', () => {
    const flow = [{ id: 'start', type: 'start', outcome: 'bye' }, closing('bye', 'done'), { id: 'done', type: 'end' }, { id: 'end', type: 'end' }]
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['end'])
  })

  it('follows every kind of outcome: keyed, rules, default and awaitExternal exits', () => {
    const flow = flowOf(
      say('lookup', 'One moment.', 'router', { awaitExternal: { exits: { onDataReady: 'router', onTimeout: 'timeout', onError: 'router' } } }),
      {
        id: 'router',
        type: 'field_condition',
        rules: [{ left: { source: 'extractedData', field: 'plan' }, operator: 'exists', outcome: 'email' }],
        default: 'bye',
      },
      { id: 'email', type: 'enter_email', outcomes: { emailEntered: 'bye', canceled: 'bye' } },
      closing('timeout'),
      closing('bye'),
    )
    expect(reported(flow, rule)).toEqual([])
  })

  it('is not reported when there is no start node: start-node is', () => {
    const diagnostics = lint([closing('bye'), say('forgotten', 'Nobody hears this.'), { id: 'end', type: 'end' }])
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['start-node'])
  })

  it('does not report an extra start node, which start-node reports', () => {
    const flow = [...flowOf(closing('bye')), { id: 'restart', type: 'start', outcome: 'bye' }]
    expect(reported(flow, rule)).toEqual([])
    expect(reported(flow, 'start-node').map((d) => d.nodeId)).toEqual(['restart'])
  })

  it('reports nodes only an extra start node leads to, since FaceSign starts at one start', () => {
    const flow = [...flowOf(closing('bye')), { id: 'restart', type: 'start', outcome: 'other' }, closing('other')]
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['other'])
  })

  it('leaves array elements that are not objects to invalid-schema', () => {
    expect(reported([...flowOf(closing('bye')), 'stray'], rule)).toEqual([])
  })

  it('reaches nodes through a node with a schema problem', () => {
    const flow = flowOf(say('greeting', 'Hello.', 'bye', { doesNotRequireReply: 'no' }), closing('bye'))
    expect(reported(flow, rule)).toEqual([])
  })

  it('reaches nodes through a node of unknown type', () => {
    const flow = flowOf({ id: 'greeting', type: 'chat', outcomes: [{ id: 'o', condition: '', targetNodeId: 'bye' }] }, closing('bye'))
    expect(reported(flow, rule)).toEqual([])
  })

  it('reaches every node of a valid flow, loops included', () => {
    const retry = {
      id: 'ask_name',
      type: 'conversation',
      prompt: "Say: What's your name?",
      outcomes: [
        { id: 'given', condition: 'The user said their name', targetNodeId: 'bye' },
        { id: 'retry', condition: 'The user did not say their name', targetNodeId: 'ask_name' },
      ],
    }
    expect(reported(flowOf(retry, closing('bye')), rule)).toEqual([])
  })

  it('points into a session body\'s flow', () => {
    expect(reported({ flow: flowOf(closing('bye'), closing('orphan')) }, rule).map((d) => d.path)).toEqual(['/flow/2'])
  })
})
