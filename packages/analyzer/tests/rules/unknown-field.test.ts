import { describe, expect, it } from 'vitest'
import { accountRecovery, brief, closing, flowOf, reported, say } from '../flows.js'

const rule = 'unknown-field'

describe('unknown-field', () => {
  it('reports a misspelt node field as a warning on the field, naming the field it resembles', () => {
    const node = { ...closing('closing'), doesNotRequirReply: true }
    const diagnostics = reported(flowOf(say('greeting', 'Hello.', 'closing'), node), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'closing', path: '/2/doesNotRequirReply' }])
    expect(diagnostics[0]?.message).toBe(
      'conversation node "closing" has a field "doesNotRequirReply" that FaceSign\'s schema does not have; did you mean "doesNotRequireReply"?',
    )
  })

  it('reports a field that resembles none without a suggestion', () => {
    const diagnostics = reported(flowOf(say('greeting', 'Hello.', 'end', { colour: 'blue' })), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'greeting', path: '/1/colour' }])
    expect(diagnostics[0]?.message).toBe('conversation node "greeting" has a field "colour" that FaceSign\'s schema does not have')
  })

  it('judges each node by the fields of its own type', () => {
    const scan = {
      id: 'scan',
      type: 'face_scan',
      outcomes: { passed: 'end', notPassed: 'end', cancelled: 'end', error: 'end' },
      similarityThreshold: 0.8,
      smsTemplate: 'x',
    }
    expect(reported(flowOf(scan), rule).map((d) => d.path)).toEqual(['/1/smsTemplate'])
  })

  it('reports an unknown field of the session body, with no node', () => {
    const body = { ...accountRecovery(), clientReferenceID: 'user-1' }
    const diagnostics = reported(body, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, path: '/clientReferenceID' }])
    expect(diagnostics[0]?.message).toContain('did you mean "clientReferenceId"?')
  })

  it('leaves legacy fields to legacy-shape and nodes of unknown types to invalid-schema', () => {
    const legacy = { id: 'greeting', type: 'conversation', prompt: 'Say: Hi', transitions: [{ id: 'next', condition: '', targetNodeId: 'end' }] }
    expect(reported(flowOf(legacy, { id: 'odd', type: 'selfie', colour: 'blue' }), rule)).toEqual([])
  })

  it('reports nothing on a flow whose fields are all FaceSign\'s', () => {
    expect(reported(accountRecovery(), rule)).toEqual([])
  })

  it('never prints undefined', () => {
    const diagnostics = reported({ flow: flowOf({ ...closing('closing'), x: 1 }), zonee: 'eu' }, rule)
    for (const diagnostic of diagnostics) expect(diagnostic.message).not.toContain('undefined')
    expect(diagnostics).toHaveLength(2)
  })
})
