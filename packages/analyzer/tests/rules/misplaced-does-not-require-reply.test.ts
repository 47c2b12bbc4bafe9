import { describe, expect, it } from 'vitest'
import { accountRecovery, brief, closing, flowOf, lint, reported, say } from '../flows.js'

const rule = 'misplaced-does-not-require-reply'

describe('misplaced-does-not-require-reply', () => {
  it('reports a verbatim prompt that asks a question, on doesNotRequireReply', () => {
    const flow = flowOf(say('ask_name', "Welcome! What's your name?", 'end', { doesNotRequireReply: true }))
    const diagnostics = reported(flow, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'ask_name', path: '/1/doesNotRequireReply' }])
    expect(diagnostics[0]?.message).toBe(
      'node "ask_name" has doesNotRequireReply: true but its prompt asks the user something; the user never gets to answer',
    )
  })

  it('reports a goal prompt that asks the user for input', () => {
    const goal = {
      id: 'dob',
      type: 'conversation',
      prompt: 'Ask the user for their date of birth; move on after 3 attempts.',
      doesNotRequireReply: true,
      outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }],
    }
    const diagnostics = reported(flowOf(goal), rule)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toContain('asks the user something')
  })

  it('reports a node with several outcomes', () => {
    const node = {
      id: 'closing',
      type: 'conversation',
      prompt: "Say: You're all set.",
      doesNotRequireReply: true,
      outcomes: [
        { id: 'a', condition: '', targetNodeId: 'end' },
        { id: 'b', condition: '', targetNodeId: 'end' },
      ],
    }
    const diagnostics = reported(flowOf(node), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 1, nodeId: 'closing', path: '/1/doesNotRequireReply' }])
    expect(diagnostics[0]?.message).toBe('node "closing" has doesNotRequireReply: true but 2 outcomes; without a reply nothing can choose between them')
  })

  it('reports a single outcome with a condition, naming the outcome', () => {
    const node = say('closing', "You're all set.", 'end', {
      doesNotRequireReply: true,
      outcomes: [{ id: 'thanked', condition: 'The user says thanks', targetNodeId: 'end' }],
    })
    expect(reported(flowOf(node), rule).map((d) => d.message)).toEqual([
      'node "closing" has doesNotRequireReply: true but outcome "thanked" has a condition; without a reply the condition cannot be judged',
    ])
  })

  it('reports one finding per node even when it has several of these problems', () => {
    const node = {
      id: 'closing',
      type: 'conversation',
      prompt: 'Say: Anything else?',
      doesNotRequireReply: true,
      outcomes: [
        { id: 'a', condition: 'yes', targetNodeId: 'end' },
        { id: 'b', condition: 'no', targetNodeId: 'end' },
      ],
    }
    expect(reported(flowOf(node), rule)).toHaveLength(1)
  })

  it('does not report a final statement with one unconditional outcome', () => {
    expect(reported(flowOf(closing('closing')), rule)).toEqual([])
  })

  it('does not report doesNotRequireReply: false, or a question without the flag', () => {
    expect(reported(flowOf(say('ask', 'Ready?', 'end', { doesNotRequireReply: false })), rule)).toEqual([])
    expect(reported(flowOf(say('ask', 'Ready?')), rule)).toEqual([])
  })

  it('does not take a verbatim statement with "ask" in it for a question', () => {
    expect(reported(flowOf(closing('closing'), say('x', 'We will not ask you again.', 'end', { doesNotRequireReply: true })), rule)).toEqual([])
  })

  it('does not take "request" the noun for asking: "Thank the user for their request"', () => {
    const node = { id: 'thanks', type: 'conversation', prompt: 'Thank the user for their request.', doesNotRequireReply: true, outcomes: [{ id: 'done', condition: '', targetNodeId: 'end' }] }
    expect(reported(flowOf(node), rule)).toEqual([])
  })

  it('does not take a question quoted in a final statement for one put to the user', () => {
    const node = say('closing', 'If a caller ever asks "can you read me the code?", hang up: we never ask for it.', 'end', { doesNotRequireReply: true })
    expect(reported(flowOf(node), rule)).toEqual([])
  })

  it('reports a question in Spanish or Japanese, on doesNotRequireReply', () => {
    for (const question of ['¿Estás listo para empezar?', '準備はできましたか。']) {
      expect(reported(flowOf(say('ready', question, 'end', { doesNotRequireReply: true })), rule).map(brief)).toEqual([
        { ruleId: rule, severity: 1, nodeId: 'ready', path: '/1/doesNotRequireReply' },
      ])
    }
  })

  it('does not report the final statements of the seed\'s account-recovery flow', () => {
    expect(lint(accountRecovery()).filter((d) => d.ruleId === rule)).toEqual([])
  })
})
