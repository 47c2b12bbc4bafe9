import { describe, expect, it } from 'vitest'
import { brief, flowOf, reported, say } from '../flows.js'

const rule = 'conditional-prompt'

function goal(prompt: string): Record<string, unknown> {
  return { id: 'greet', type: 'conversation', prompt, outcomes: [{ id: 'done', condition: 'The user responded', targetNodeId: 'end' }] }
}

describe('conditional-prompt', () => {
  it('reports a goal prompt that branches inside itself, on the prompt', () => {
    const diagnostics = reported(flowOf(goal('If the user was recognized, greet them by name. If not, ask for their name. Stop after 3 attempts.')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'greet', path: '/1/prompt' }])
    expect(diagnostics[0]?.message).toContain('the prompt of node "greet" branches inside itself')
    expect(diagnostics[0]?.message).toContain('Branch in the graph instead')
  })

  it('reports "if … otherwise …"', () => {
    expect(reported(flowOf(goal('If they are a returning user, welcome them back; otherwise explain the steps.')), rule)).toHaveLength(1)
  })

  it('does not report a goal prompt with one "if", which states a condition rather than a branch', () => {
    expect(reported(flowOf(goal('Ask for their date of birth. Move on if they refuse.')), rule)).toEqual([])
  })

  it('does not count the conditions of an exit as branches: "if they refuse or if they do not answer"', () => {
    expect(reported(flowOf(goal('Ask for their date of birth. If they refuse or if they do not answer after 3 attempts, move on.')), rule)).toEqual([])
  })

  it('reports a prompt that branches in German ("wenn … sonst …") or French ("si … sinon …")', () => {
    expect(reported(flowOf(goal('Wenn der Nutzer erkannt wurde, begrüße ihn mit Namen, sonst frage nach seinem Namen. Nach 3 Versuchen weiter.')), rule)).toHaveLength(1)
    expect(reported(flowOf(goal("Si l'utilisateur est reconnu, salue-le par son nom ; sinon, demande-lui son nom. Arrête après 3 tentatives.")), rule)).toHaveLength(1)
  })

  it('does not report verbatim speech, which the avatar says word for word', () => {
    const flow = flowOf(say('not_found', "I wasn't able to find a matching account. If you're a new user, create one first. If you believe this is an error, contact support."))
    expect(reported(flow, rule)).toEqual([])
  })

  it('does not match "if" inside other words', () => {
    expect(reported(flowOf(goal('Verify the identity of the user, clarify any difference, and stop after 3 attempts.')), rule)).toEqual([])
  })
})
