import { describe, expect, it } from 'vitest'
import { accountRecovery, brief, flowOf, longGreeting, reported, say } from '../flows.js'

const rule = 'recognition-paths-merged'

function recognition(outcomes: Record<string, unknown>): Record<string, unknown> {
  return { id: 'recognition', type: 'recognition', outcomes }
}
const flowWith = (outcomes: Record<string, unknown>): unknown[] =>
  flowOf(say('greeting', longGreeting, 'recognition'), recognition(outcomes), say('known', 'Welcome back!'), say('unknown', 'Welcome!'))

describe('recognition-paths-merged', () => {
  it('reports recognized and newUser sent to one node, on newUser', () => {
    const diagnostics = reported(flowWith({ recognized: 'known', newUser: 'known', noFace: 'unknown' }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'recognition', path: '/2/outcomes/newUser' }])
    expect(diagnostics[0]?.message).toBe(
      'recognition node "recognition" sends both "recognized" and "newUser" to "known"; the next node then has to guess which one happened. Give each its own path',
    )
  })

  it('does not report separate paths, with noFace sharing the newUser path as in the seed', () => {
    expect(reported(flowWith({ recognized: 'known', newUser: 'unknown', noFace: 'unknown' }), rule)).toEqual([])
    expect(reported(accountRecovery(), rule)).toEqual([])
  })

  it('leaves outcomes that are not strings to the schema rules', () => {
    expect(reported(flowWith({ recognized: 1, newUser: 1, noFace: 'unknown' }), rule)).toEqual([])
  })
})
