import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, lint, reported, say } from '../flows.js'

const rule = 'duplicate-node-id'

describe('duplicate-node-id', () => {
  it('reports two nodes with one id on the second one\'s id, naming both places', () => {
    const diagnostics = reported(flowOf(say('greeting', 'Hello there.', 'closing'), closing('closing'), closing('greeting')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'greeting', path: '/3/id' }])
    expect(diagnostics[0]?.message).toBe('node id "greeting" is used by 2 nodes (at /1, /3); ids must be unique')
  })

  it('reports an id used three times once, with the count', () => {
    const diagnostics = reported(flowOf(closing('bye'), closing('bye'), closing('bye')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'bye', path: '/2/id' }])
    expect(diagnostics[0]?.message).toContain('used by 3 nodes (at /1, /2, /3)')
  })

  it('reports each duplicated id once', () => {
    const diagnostics = reported(flowOf(closing('a'), closing('b'), closing('a'), closing('b')), rule)
    expect(diagnostics.map((d) => d.nodeId)).toEqual(['a', 'b'])
  })

  it('reports a second end node that shares the id "end"', () => {
    const flow = [...flowOf(closing('bye')), { id: 'end', type: 'end' }]
    expect(reported(flow, rule).map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'end', path: '/3/id' }])
  })

  it('points into a session body\'s flow', () => {
    expect(reported({ flow: flowOf(closing('bye'), closing('bye')) }, rule).map((d) => d.path)).toEqual(['/flow/2/id'])
  })

  it('keeps both duplicates connected, so neither is also reported as unreachable', () => {
    const flow = flowOf(say('greeting', 'Hello there.', 'bye'), closing('bye'), closing('bye'))
    expect(lint(flow).map((d) => d.ruleId)).toEqual([rule])
  })

  it('does not report distinct ids', () => {
    expect(reported(flowOf(say('greeting', 'Hello there.', 'bye'), closing('bye')), rule)).toEqual([])
  })

  it('does not compare ids that are not strings', () => {
    expect(reported([...flowOf(), { id: 1, type: 'end' }, { id: 1, type: 'end' }], rule)).toEqual([])
  })
})
