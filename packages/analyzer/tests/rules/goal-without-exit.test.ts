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

  it('does not report an exit written as a limit: "do not ask more than twice"', () => {
    expect(reported(flowOf(goal('Ask the user to spell their surname. Do not ask more than twice.')), rule)).toEqual([])
  })

  it('does not report an exit written in Spanish, German, French, Portuguese or Japanese', () => {
    const prompts = [
      'Pregunta al usuario su correo electrónico. Si no responde después de 3 intentos, continúa.',
      'Frage den Nutzer nach seiner E-Mail-Adresse. Nach 3 erfolglosen Versuchen weiter zum nächsten Schritt.',
      'Demande à l’utilisateur son adresse e-mail. S’il ne répond pas après 3 tentatives, passe à la suite.',
      'Pergunte ao usuário o seu e-mail. Se ele não responder após 3 tentativas, siga em frente.',
      'ユーザーに生年月日を尋ねてください。3回答えがなければ次に進んでください。',
    ]
    for (const prompt of prompts) expect(reported(flowOf(goal(prompt)), rule), prompt).toEqual([])
  })

  it('does not report a goal when an outcome covers the user who would rather not say', () => {
    const node = goal('Ask the user for the purpose of the transfer.', ['The user named a purpose', 'The user would rather not say'])
    expect(reported(flowOf(node), rule)).toEqual([])
  })

  it('reports a greeting that waits for the user to confirm they are ready, as it never says when to give up', () => {
    const diagnostics = reported(flowOf(goal('Greet the user warmly and confirm they are ready.', ['The user is ready'])), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'greet_known', path: '/1/prompt' }])
  })

  it('does not report verbatim prompts, which end when spoken', () => {
    expect(reported(flowOf(say('ask_name', "Welcome! What's your name?")), rule)).toEqual([])
  })

  it('does not report a final statement that needs no reply', () => {
    expect(reported(flowOf(goal('Thank the user warmly.', [''])), rule)).toHaveLength(1)
    expect(reported(flowOf({ ...goal('Thank the user warmly.', ['']), doesNotRequireReply: true }), rule)).toEqual([])
  })
})
