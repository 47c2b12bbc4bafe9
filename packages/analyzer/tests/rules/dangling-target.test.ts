import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, lint, longGreeting, reported, say } from '../flows.js'

const rule = 'dangling-target'

describe('dangling-target', () => {
  it('reports a start outcome that names no node, on the outcome', () => {
    const diagnostics = reported([{ id: 'start', type: 'start', outcome: 'greting' }, say('greeting', 'Hello.'), { id: 'end', type: 'end' }], rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'start', path: '/0/outcome' }])
    expect(diagnostics[0]?.message).toBe('node "start" continues to "greting", but no node has that id; did you mean "greeting"?')
  })

  it('reports a conversation outcome (outcomes array) on its targetNodeId', () => {
    const diagnostics = reported(flowOf(say('greeting', 'Hello.', 'closng')), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'greeting', path: '/1/outcomes/0/targetNodeId' }])
    expect(diagnostics[0]?.message).toBe('outcome "greeting_next" of node "greeting" points to "closng", but no node has that id')
  })

  it('reports a keyed outcome (outcomes object) by its key', () => {
    const recognition = { id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', newUser: 'enroll', noFace: 'end' } }
    const diagnostics = reported(flowOf(say('greeting', longGreeting, 'recognition'), recognition), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'recognition', path: '/2/outcomes/newUser' }])
    expect(diagnostics[0]?.message).toContain('outcome "newUser" of node "recognition" points to "enroll"')
  })

  it('reports a field_condition rule outcome and its default', () => {
    const router = {
      id: 'country',
      type: 'field_condition',
      rules: [
        { left: { source: 'providedData', field: 'country' }, operator: 'equals', right: { type: 'literal', value: 'US' }, outcome: 'end' },
        { left: { source: 'providedData', field: 'country' }, operator: 'exists', outcome: 'us_path' },
      ],
      default: 'eu_path',
    }
    const diagnostics = reported(flowOf(router), rule)
    expect(diagnostics.map(brief)).toEqual([
      { ruleId: rule, severity: 2, nodeId: 'country', path: '/1/rules/1/outcome' },
      { ruleId: rule, severity: 2, nodeId: 'country', path: '/1/default' },
    ])
    expect(diagnostics.map((d) => d.message)).toEqual([
      'outcome "rules[1]" of node "country" points to "us_path", but no node has that id',
      'outcome "default" of node "country" points to "eu_path", but no node has that id',
    ])
  })

  it('reports an awaitExternal exit', () => {
    const waiting = say('lookup', 'One moment while I look up your account.', 'end', {
      awaitExternal: { exits: { onDataReady: 'end', onTimeout: 'timeout', onError: 'end' }, timeoutSeconds: 30 },
    })
    const diagnostics = reported(flowOf(waiting), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'lookup', path: '/1/awaitExternal/exits/onTimeout' }])
    expect(diagnostics[0]?.message).toContain('outcome "onTimeout" of node "lookup" points to "timeout"')
  })

  it('reports an external_call outcome', () => {
    const call = { id: 'notify', type: 'external_call', request: { url: 'https://example.com/hook' }, outcome: 'don' }
    expect(reported(flowOf(call), rule).map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'notify', path: '/1/outcome' }])
  })

  it('reports legacy transitions', () => {
    const legacy = { id: 'greeting', type: 'conversation', prompt: 'Say: Hello.', transitions: [{ id: 't', condition: '', targetNodeId: 'nowhere' }] }
    expect(reported(flowOf(legacy), rule).map((d) => d.path)).toEqual(['/1/transitions/0/targetNodeId'])
  })

  it('reports every dangling outcome of a node', () => {
    const liveness = {
      id: 'liveness',
      type: 'liveness_detection',
      outcomes: { livenessDetected: 'ok', deepfakeDetected: 'fail', noFace: 'end', inconclusive: 'end' },
    }
    const diagnostics = reported(flowOf(say('greeting', longGreeting, 'liveness'), liveness), rule)
    expect(diagnostics.map((d) => d.path)).toEqual(['/2/outcomes/livenessDetected', '/2/outcomes/deepfakeDetected'])
    expect(diagnostics.every((d) => d.nodeId === 'liveness')).toBe(true)
  })

  it('escapes the outcome key in the pointer', () => {
    const odd = say('greeting', 'Hello.', 'end', { awaitExternal: { exits: { 'a/b~c': 'gone' } } })
    expect(reported(flowOf(odd), rule).map((d) => d.path)).toEqual(['/1/awaitExternal/exits/a~1b~0c'])
  })

  it('matches ids exactly: case and spaces count', () => {
    expect(reported(flowOf(say('greeting', 'Hello.', 'End')), rule)).toHaveLength(1)
    expect(reported(flowOf(say('greeting', 'Hello.', 'end ')), rule)).toHaveLength(1)
  })

  it('does not report targets that exist, including in a session body', () => {
    expect(reported({ flow: flowOf(say('greeting', 'Hello.', 'closing'), closing('closing')) }, rule)).toEqual([])
  })

  it('leaves a target that is not a string to invalid-schema', () => {
    const diagnostics = lint(flowOf(say('greeting', 'Hello.', 'end', { outcomes: [{ id: 'o', condition: '', targetNodeId: 3 }] })))
    expect(diagnostics.map((d) => d.ruleId)).toContain('invalid-schema')
    expect(diagnostics.map((d) => d.ruleId)).not.toContain(rule)
  })

  it('reports a typo in a target once; no-path-to-end stays quiet and what the typo cuts off is unreachable', () => {
    const flow = flowOf(say('greeting', 'Hello.', 'closng'), closing('closing'))
    expect(lint(flow).map((d) => [d.ruleId, d.nodeId])).toEqual([
      [rule, 'greeting'],
      ['unreachable-node', 'closing'],
      ['unreachable-node', 'end'],
    ])
  })
})

describe('dangling-target suggestions', () => {
  it('names the nearest existing node id when the target is a likely typo of it', () => {
    const diagnostics = reported(flowOf(say('greeting', 'Hello.', 'closng'), closing('closing')), rule)
    expect(diagnostics[0]?.message).toBe(
      'outcome "greeting_next" of node "greeting" points to "closng", but no node has that id; did you mean "closing"?',
    )
  })

  it('says nothing more when no id is close, and never prints undefined', () => {
    const diagnostics = reported(flowOf(say('greeting', 'Hello.', 'liveness_check')), rule)
    expect(diagnostics[0]?.message).toBe('outcome "greeting_next" of node "greeting" points to "liveness_check", but no node has that id')
  })

  it('stays fast on a huge flow full of dangling targets', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => say(`node_${i}`, 'Hello.', `missing_${i}`))
    const started = performance.now()
    expect(reported(flowOf(...nodes), rule)).toHaveLength(20_000)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
