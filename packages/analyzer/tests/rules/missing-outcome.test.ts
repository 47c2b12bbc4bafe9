import { describe, expect, it } from 'vitest'
import { brief, flowOf, lint, longGreeting, reported, say } from '../flows.js'

const rule = 'missing-outcome'
const greeting = say('greeting', longGreeting, 'check')

describe('missing-outcome', () => {
  it('reports a recognition node without newUser on its outcomes, naming the outcome', () => {
    const recognition = { id: 'check', type: 'recognition', outcomes: { recognized: 'end', noFace: 'end' } }
    const diagnostics = reported(flowOf(greeting, recognition), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'check', path: '/2/outcomes' }])
    expect(diagnostics[0]?.message).toBe('recognition node "check" has no "newUser"; FaceSign requires every outcome to be linked')
  })

  it('names every missing key of a keyed node in one finding', () => {
    const scan = { id: 'check', type: 'document_scan', scanningMode: 'single', allowedDocumentTypes: ['passport'], outcomes: { scanSuccess: 'end' } }
    const diagnostics = reported(flowOf(greeting, scan), rule)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toContain('has no "userCancelled", "scanTimeout"')
  })

  it('reports a keyed node with no outcomes at all on the node, naming all its outcomes', () => {
    const diagnostics = reported(flowOf(greeting, { id: 'check', type: 'face_compare', sourceA: { source: 'sessionVideo' }, sourceB: { source: 'documentPhoto' } }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'check', path: '/2' }])
    expect(diagnostics[0]?.message).toContain('has no "match", "noMatch", "imageUnavailable"')
  })

  it('is the only error about absent outcomes: invalid-schema does not report them again', () => {
    const nodes = [
      { id: 'check', type: 'face_compare', sourceA: { source: 'sessionVideo' }, sourceB: { source: 'documentPhoto' } },
      { id: 'check', type: 'recognition', outcomes: { recognized: 'end' } },
      { id: 'check', type: 'external_call', request: { url: 'https://example.com' } },
      { id: 'check', type: 'conversation', prompt: 'Say: Hi.', outcomes: [] },
      { id: 'check', type: 'field_condition', rules: [] },
    ]
    for (const node of nodes) {
      const errors = lint(flowOf(greeting, node)).filter((d) => d.severity === 2 && d.ruleId !== 'unreachable-node')
      expect(errors.map((d) => [d.ruleId, d.nodeId])).toEqual([[rule, 'check']])
    }
  })

  it('uses FaceSign\'s exact spellings: enter_email needs "canceled", not "cancelled"', () => {
    const email = { id: 'check', type: 'enter_email', outcomes: { emailEntered: 'end', cancelled: 'end' } }
    expect(reported(flowOf(greeting, email), rule).map((d) => d.message)).toEqual([
      'enter_email node "check" has no "canceled"; FaceSign requires every outcome to be linked',
    ])
  })

  it('asks two-factor nodes for their snake_case outcomes', () => {
    const otp = { id: 'check', type: 'two_factor_sms', outcomes: { verified: 'end', deliveryFailed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' } }
    expect(reported(flowOf(greeting, otp), rule).map((d) => d.message)).toEqual([
      'two_factor_sms node "check" has no "delivery_failed"; FaceSign requires every outcome to be linked',
    ])
  })

  it('does not ask a seed-era liveness node for inconclusive: liveness-inconclusive does', () => {
    const liveness = { id: 'check', type: 'liveness_detection', outcomes: { livenessDetected: 'end', deepfakeDetected: 'end', noFace: 'end' } }
    const diagnostics = lint(flowOf(greeting, liveness))
    expect(diagnostics.filter((d) => d.ruleId === rule)).toEqual([])
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['liveness-inconclusive'])
  })

  it('reports a liveness node without one of its three seed-era outcomes', () => {
    const liveness = { id: 'check', type: 'liveness_detection', outcomes: { livenessDetected: 'end', noFace: 'end', inconclusive: 'end' } }
    expect(reported(flowOf(greeting, liveness), rule).map((d) => d.message)).toEqual([
      'liveness_detection node "check" has no "deepfakeDetected"; FaceSign requires every outcome to be linked',
    ])
  })

  it('reports a start node without an outcome on the node', () => {
    const diagnostics = reported([{ id: 'start', type: 'start' }, { id: 'end', type: 'end' }], rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'start', path: '/0' }])
    expect(diagnostics[0]?.message).toBe('start node "start" has no "outcome"; FaceSign requires every outcome to be linked')
  })

  it('reports an external_call node without an outcome', () => {
    const call = { id: 'notify', type: 'external_call', request: { url: 'https://example.com/hook', method: 'POST' } }
    expect(reported(flowOf(call), rule).map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'notify', path: '/1' }])
  })

  it('reports a conversation with an empty outcomes array', () => {
    const diagnostics = reported(flowOf({ id: 'greeting', type: 'conversation', prompt: 'Say: Hello.', outcomes: [] }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'greeting', path: '/1' }])
    expect(diagnostics[0]?.message).toContain('conversation node "greeting" has no "outcomes"')
  })

  it('reports a conversation without outcomes', () => {
    expect(reported(flowOf({ id: 'greeting', type: 'conversation', prompt: 'Say: Hello.' }), rule)).toHaveLength(1)
  })

  it('reports a data_validation node with an empty outcomes array', () => {
    const validation = { id: 'validate', type: 'data_validation', validation: { field: 'email', action: 'isEmail' }, outcomes: [] }
    expect(reported(flowOf(validation), rule).map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'validate', path: '/1' }])
  })

  it('reports a field_condition node without rules or default, naming both', () => {
    const diagnostics = reported(flowOf({ id: 'router', type: 'field_condition' }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'router', path: '/1' }])
    expect(diagnostics[0]?.message).toContain('has no "rules", "default"')
  })

  it('reports a field_condition node with an empty rules array', () => {
    expect(reported(flowOf({ id: 'router', type: 'field_condition', rules: [], default: 'end' }), rule).map((d) => d.message)).toEqual([
      'field_condition node "router" has no "rules"; FaceSign requires every outcome to be linked',
    ])
  })

  it('reports the legacy two_factor node by the outcomes of today\'s two-factor nodes', () => {
    const otp = { id: 'otp', type: 'two_factor', outcomes: { verified: 'end', delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end' } }
    expect(reported(flowOf(otp), rule).map((d) => d.message)).toEqual([
      'two_factor node "otp" has no "error"; FaceSign requires every outcome to be linked',
    ])
  })

  it('leaves outcomes of the wrong type to invalid-schema', () => {
    const cases = [
      { id: 'check', type: 'recognition', outcomes: { recognized: 'end', newUser: null, noFace: 'end' } },
      { id: 'check', type: 'recognition', outcomes: ['end', 'end', 'end'] },
      { id: 'check', type: 'start', outcome: 42 },
      { id: 'check', type: 'conversation', prompt: 'Say: Hi.', outcomes: 'end' },
      { id: 'check', type: 'field_condition', rules: 'all', default: 'end' },
    ]
    for (const node of cases) {
      const ruleIds = lint(flowOf(greeting, node)).map((d) => d.ruleId)
      expect(ruleIds).toContain('invalid-schema')
      expect(ruleIds).not.toContain(rule)
    }
  })

  it('accepts legacy transitions in place of outcomes: legacy-shape names the change', () => {
    const legacy = { id: 'greeting', type: 'conversation', prompt: 'Say: Hello.', transitions: [{ id: 't', condition: '', targetNodeId: 'end' }] }
    expect(lint(flowOf(legacy)).map((d) => d.ruleId)).toEqual(['legacy-shape'])
  })

  it('does not ask an end node, or a node of unknown type, for outcomes', () => {
    expect(reported([...flowOf(), { id: 'mystery', type: 'teleport' }], rule)).toEqual([])
  })

  it('does not report a node that routes every outcome', () => {
    const recognition = { id: 'check', type: 'recognition', outcomes: { recognized: 'end', newUser: 'end', noFace: 'end' } }
    expect(reported(flowOf(greeting, recognition), rule)).toEqual([])
  })
})
