import { describe, expect, it } from 'vitest'
import { flow, outcomeOf, session } from '@fsflow/builder'

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'
const recoveryFlow = flow()
  .start()
  .converse('greeting', greeting, { outcome: 'g1' })
  .recognize('recognition', { recognized: 'next', newUser: 'next', noFace: 'next' })
  .faceScan('selfie', { passed: 'next', notPassed: 'selfie', otherwise: 'end' })
  .end()

const report = (...visits: [string, unknown][]) => ({
  nodeReports: visits.map(([nodeId, outcome]) => ({ type: 'x', nodeId, createdAt: 0, outcome })),
})

describe('outcomeOf()', () => {
  it("returns the outcome a node reported in the session's report", () => {
    expect(outcomeOf(report(['greeting', 'g1'], ['recognition', 'recognized']), recoveryFlow, 'recognition')).toBe('recognized')
  })

  it('counts the last visit when a loop visited the node several times', () => {
    expect(outcomeOf(report(['selfie', 'notPassed'], ['selfie', 'passed']), recoveryFlow, 'selfie')).toBe('passed')
  })

  it('is undefined when the node was not visited or there is no report', () => {
    expect(outcomeOf(report(['greeting', 'g1']), recoveryFlow, 'recognition')).toBeUndefined()
    expect(outcomeOf(undefined, recoveryFlow, 'recognition')).toBeUndefined()
    expect(outcomeOf({ nodeReports: null }, recoveryFlow, 'recognition')).toBeUndefined()
  })

  it('is undefined when the reported outcome is not one the node has', () => {
    expect(outcomeOf(report(['recognition', 'maybe']), recoveryFlow, 'recognition')).toBeUndefined()
    expect(outcomeOf(report(['greeting', 'done']), recoveryFlow, 'greeting')).toBeUndefined()
  })

  it('reads a session body built around the flow as well', () => {
    const body = session({ clientReferenceId: 'user-1', flow: recoveryFlow })
    expect(outcomeOf(report(['greeting', 'g1']), body, 'greeting')).toBe('g1')
  })
})
