import { describe, expect, it } from 'vitest'
import { brief, flowOf, reported, say } from '../flows.js'

const rule = 'goal-without-exit'

function goal(prompt: string, conditions = ['The user gave their date of birth']): Record<string, unknown> {
  return { id: 'greet_known', type: 'conversation', prompt, outcomes: conditions.map((condition, i) => ({ id: `o${i}`, condition, targetNodeId: 'end' })) }
}

describe('goal-without-exit', () => {
  it('reports a goal prompt that never says when to give up, on the prompt', () => {
    const diagnostics = reported(flowOf(goal('Greet them by full name and ask for their date of birth.')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'greet_known', path: '/1/prompt' }])
    expect(diagnostics[0]?.message).toContain('goal prompt of node "greet_known" never says when to give up')
  })

  it('does not report a goal prompt with an exit condition', () => {
    expect(reported(flowOf(goal('Ask for their date of birth. If the user does not respond after 3 attempts, move on.')), rule)).toEqual([])
  })

  it('does not report a goal prompt when an outcome covers giving up', () => {
    const node = goal('Ask for their date of birth.', ['The user gave their date of birth', 'The user refused or did not answer'])
    expect(reported(flowOf(node), rule)).toEqual([])
  })

  it('does not report verbatim prompts, which end when spoken', () => {
    expect(reported(flowOf(say('ask_name', "Welcome! What's your name?")), rule)).toEqual([])
  })

  it('does not report a final statement that needs no reply', () => {
    expect(reported(flowOf(goal('Thank the user warmly.', [''])), rule)).toHaveLength(1)
    expect(reported(flowOf({ ...goal('Thank the user warmly.', ['']), doesNotRequireReply: true }), rule)).toEqual([])
  })
})
