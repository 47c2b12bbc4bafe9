import { describe, expect, it } from 'vitest'
import { accountRecovery, brief, flowOf, lint, longGreeting, reported, say } from '../flows.js'

const rule = 'liveness-inconclusive'

function liveness(outcomes: Record<string, string>): Record<string, unknown> {
  return { id: 'liveness', type: 'liveness_detection', outcomes }
}
const flowWith = (outcomes: Record<string, string>): unknown[] =>
  flowOf(say('greeting', longGreeting, 'liveness'), liveness(outcomes), say('welcome', 'Welcome back!'), say('retry', 'Let us try that again later.'))

describe('liveness-inconclusive', () => {
  it('reports a liveness node without inconclusive on its outcomes, naming where FaceSign sends it', () => {
    const diagnostics = reported(flowWith({ livenessDetected: 'welcome', deepfakeDetected: 'retry', noFace: 'retry' }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'liveness', path: '/2/outcomes' }])
    expect(diagnostics[0]?.message).toBe(
      'liveness_detection node "liveness" has no "inconclusive" outcome; FaceSign silently sends it to the noFace target "retry". Route it yourself',
    )
  })

  it('says there is no noFace target either when the node has none, rather than naming an undefined one', () => {
    const diagnostics = reported(flowOf(say('greeting', longGreeting, 'liveness'), { id: 'liveness', type: 'liveness_detection', outcomes: { livenessDetected: 'greeting' } }), rule)
    expect(diagnostics.map((d) => [d.nodeId, d.path])).toEqual([['liveness', '/2/outcomes']])
    expect(diagnostics[0]?.message).toBe(
      'liveness_detection node "liveness" has no "inconclusive" outcome, and no "noFace" target for FaceSign to send it to. Route both yourself',
    )
  })

  it('reports inconclusive routed to the livenessDetected target, on inconclusive', () => {
    const diagnostics = reported(flowWith({ livenessDetected: 'welcome', deepfakeDetected: 'retry', noFace: 'retry', inconclusive: 'welcome' }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'liveness', path: '/2/outcomes/inconclusive' }])
    expect(diagnostics[0]?.message).toContain('sends "inconclusive" to "welcome", the same node as "livenessDetected"')
  })

  it('does not report inconclusive routed away from the happy path', () => {
    expect(reported(flowWith({ livenessDetected: 'welcome', deepfakeDetected: 'retry', noFace: 'retry', inconclusive: 'retry' }), rule)).toEqual([])
  })

  it('is a warning, not missing-outcome: FaceSign fills the outcome in', () => {
    const ruleIds = lint(flowWith({ livenessDetected: 'welcome', deepfakeDetected: 'retry', noFace: 'retry' })).map((d) => d.ruleId)
    expect(ruleIds).toEqual([rule])
  })

  it('reports both liveness nodes of the seed\'s account-recovery flow', () => {
    expect(reported(accountRecovery(), rule).map((d) => [d.nodeId, d.path])).toEqual([
      ['liveness_known', '/flow/3/outcomes'],
      ['liveness_new', '/flow/5/outcomes'],
    ])
  })

  it('leaves liveness nodes without an outcomes object to the schema rules', () => {
    expect(reported(flowOf({ id: 'liveness', type: 'liveness_detection' }), rule)).toEqual([])
  })
})
