import { describe, expect, it } from 'vitest'
import { brief, flowOf, lint, reported } from '../flows.js'

const rule = 'flow-and-modules'

describe('flow-and-modules', () => {
  it('reports a session body with both flow and modules on /modules, with no node id', () => {
    const diagnostics = reported({ clientReferenceId: 'user-1', flow: flowOf(), modules: [{ type: 'liveness' }] }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/modules' }])
    expect(diagnostics[0]?.message).toBe('the session body sets both "flow" and legacy "modules"; FaceSign takes one or the other: keep "flow"')
  })

  it('is the one finding about modules when both are set: legacy-shape does not also report modules', () => {
    expect(lint({ flow: flowOf(), modules: [] }).map((d) => d.ruleId)).toEqual([rule])
  })

  it('does not report a body with only a flow, or only modules', () => {
    expect(reported({ flow: flowOf() }, rule)).toEqual([])
    expect(reported({ modules: [{ type: 'liveness' }] }, rule)).toEqual([])
  })

  it('does not report a bare flow array', () => {
    expect(reported(flowOf(), rule)).toEqual([])
  })
})
