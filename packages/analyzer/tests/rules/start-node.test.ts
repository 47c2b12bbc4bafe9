import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, reported } from '../flows.js'

const rule = 'start-node'

describe('start-node', () => {
  it('reports a flow without a start node on the flow, with no node id', () => {
    const diagnostics = reported([closing('bye'), { id: 'end', type: 'end' }], rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '' }])
    expect(diagnostics[0]?.message).toBe('the flow has no start node; add one node with "type": "start"')
  })

  it('reports a missing start node of a session body on /flow', () => {
    expect(reported({ flow: [{ id: 'end', type: 'end' }] }, rule).map(brief)).toEqual([
      { ruleId: rule, severity: 2, nodeId: undefined, path: '/flow' },
    ])
  })

  it('reports an empty flow', () => {
    expect(reported([], rule).map((d) => d.message)).toEqual(['the flow has no start node; add one node with "type": "start"'])
  })

  it('reports a second start node on that node, naming the first', () => {
    const flow = [...flowOf(closing('bye')), { id: 'restart', type: 'start', outcome: 'bye' }]
    const diagnostics = reported(flow, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'restart', path: '/3' }])
    expect(diagnostics[0]?.message).toBe('node "restart" is a second start node; a flow has exactly one (the first is "start")')
  })

  it('reports each start node after the first', () => {
    const flow = [
      { id: 'start_b', type: 'start', outcome: 'end' },
      { id: 'start_a', type: 'start', outcome: 'end' },
      { id: 'start_c', type: 'start', outcome: 'end' },
      { id: 'end', type: 'end' },
    ]
    expect(reported(flow, rule).map((d) => d.nodeId)).toEqual(['start_a', 'start_c'])
  })

  it('does not report the one start node of a valid flow', () => {
    expect(reported(flowOf(closing('bye')), rule)).toEqual([])
  })

  it('does not report a document that holds no flow array: invalid-schema does', () => {
    expect(reported({ nodes: [], edges: [] }, rule)).toEqual([])
    expect(reported({ flow: 'start' }, rule)).toEqual([])
    expect(reported('start', rule)).toEqual([])
  })

  it('does not ask a legacy modules body for a start node', () => {
    expect(reported({ modules: [{ type: 'liveness' }] }, rule)).toEqual([])
  })
})
