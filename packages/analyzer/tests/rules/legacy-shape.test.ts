import { describe, expect, it } from 'vitest'
import { brief, flowOf, lint, reported } from '../flows.js'

const rule = 'legacy-shape'

describe('legacy-shape', () => {
  it('reports conversation transitions, naming outcomes as the current field', () => {
    const legacy = { id: 'greeting', type: 'conversation', prompt: 'Say: Hello.', transitions: [{ id: 't', condition: '', targetNodeId: 'end' }] }
    const diagnostics = reported(flowOf(legacy), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'greeting', path: '/1/transitions' }])
    expect(diagnostics[0]?.message).toBe('node "greeting" uses legacy "transitions"; the current field is "outcomes" (same items: {id, condition, targetNodeId})')
  })

  it('reports the two_factor type, naming its replacements', () => {
    const otp = { id: 'otp', type: 'two_factor', outcomes: { verified: 'end', delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' } }
    const diagnostics = reported(flowOf(otp), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'otp', path: '/1/type' }])
    expect(diagnostics[0]?.message).toBe('node "otp" has legacy type "two_factor"; use two_factor_email or two_factor_sms')
  })

  it('reports face_scan mode, naming the current fields', () => {
    const scan = { id: 'scan', type: 'face_scan', mode: 'liveness', outcomes: { passed: 'end', notPassed: 'end', cancelled: 'end', error: 'end' } }
    const diagnostics = reported(flowOf(scan), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'scan', path: '/1/mode' }])
    expect(diagnostics[0]?.message).toContain('requireLivenessChallenge and requireAILivenessCheck')
  })

  it('reports zone "es", naming "us" and "eu"', () => {
    const diagnostics = reported({ zone: 'es', flow: flowOf() }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: undefined, path: '/zone' }])
    expect(diagnostics[0]?.message).toContain('use "us" (United States) or "eu"')
  })

  it('reports initialPhrase and finalPhrase, saying where the conversation node goes', () => {
    const diagnostics = reported({ initialPhrase: 'Hello!', finalPhrase: 'Goodbye!', flow: flowOf() }, rule)
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual([
      ['/initialPhrase', '"initialPhrase" is legacy; put a conversation node right after start instead'],
      ['/finalPhrase', '"finalPhrase" is legacy; put a conversation node before the end node instead'],
    ])
  })

  it('reports a body of legacy modules, naming flow', () => {
    const diagnostics = reported({ modules: [{ type: 'liveness' }] }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: undefined, path: '/modules' }])
    expect(diagnostics[0]?.message).toContain('"flow" of nodes')
  })

  it('leaves modules next to a flow to flow-and-modules', () => {
    expect(lint({ modules: [], flow: flowOf() }).map((d) => d.ruleId)).toEqual(['flow-and-modules'])
  })

  it('does not report current shapes', () => {
    expect(reported({ zone: 'eu', flow: flowOf() }, rule)).toEqual([])
  })
})
