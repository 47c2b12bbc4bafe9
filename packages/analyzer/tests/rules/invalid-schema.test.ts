import { describe, expect, it } from 'vitest'
import { brief, closing, flowOf, lint, longGreeting, reported, say } from '../flows.js'

const rule = 'invalid-schema'

describe('invalid-schema', () => {
  it('reports an unknown node type on its "type" value, naming the type and the known ones', () => {
    const diagnostics = reported(flowOf(say('greeting', longGreeting, 'welcome'), { id: 'welcome', type: 'greeting' }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'welcome', path: '/2/type' }])
    expect(diagnostics[0]?.message).toMatch(/unknown node type "greeting"; expected one of start, end, conversation/)
  })

  it('reports a node without a type on the node', () => {
    const diagnostics = reported(flowOf({ id: 'welcome', outcome: 'end' }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'welcome', path: '/1' }])
    expect(diagnostics[0]?.message).toContain('node has no "type"')
  })

  it('reports a type that is not a string', () => {
    const diagnostics = reported(flowOf({ id: 'welcome', type: 7 }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'welcome', path: '/1/type' }])
    expect(diagnostics[0]?.message).toContain('"type" must be a string')
  })

  it('reports an array element that is not an object, with no node id', () => {
    const diagnostics = reported([...flowOf(closing('bye')), 'end'], rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/3' }])
    expect(diagnostics[0]?.message).toBe('a node must be an object; got "end"')
  })

  it('reports a required field that is missing, naming the field', () => {
    const diagnostics = reported(flowOf({ id: 'greeting', type: 'conversation', outcomes: [{ id: 'ok', condition: '', targetNodeId: 'end' }] }), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'greeting', path: '/1/prompt' }])
    expect(diagnostics[0]?.message).toBe('"prompt" is required (string)')
  })

  it('reports a field of the wrong type, naming the field, the value and what was expected', () => {
    const diagnostics = reported(flowOf(say('greeting', longGreeting, 'end', { doesNotRequireReply: 'yes' })), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'greeting', path: '/1/doesNotRequireReply' }])
    expect(diagnostics[0]?.message).toBe('"doesNotRequireReply" must be a boolean; got "yes"')
  })

  it('reports a value outside an enum with the accepted values', () => {
    const scan = {
      id: 'scan',
      type: 'document_scan',
      scanningMode: 'auto',
      allowedDocumentTypes: ['passport'],
      outcomes: { scanSuccess: 'end', userCancelled: 'end', scanTimeout: 'end' },
    }
    const diagnostics = reported(flowOf(scan), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'scan', path: '/1/scanningMode' }])
    expect(diagnostics[0]?.message).toBe('"scanningMode" must be "single" or "automatic"; got "auto"')
  })

  it('reports a field_condition rule whose operator needs a right operand', () => {
    const router = {
      id: 'age_check',
      type: 'field_condition',
      rules: [{ left: { source: 'providedData', field: 'age' }, operator: 'gte', outcome: 'end' }],
      default: 'end',
    }
    const diagnostics = reported(flowOf(router), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'age_check', path: '/1/rules/0/right' }])
    expect(diagnostics[0]?.message).toContain('operator "gte" needs a right operand')
  })

  it('reports a wrong-typed outcome, which missing-outcome leaves alone', () => {
    const recognition = { id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', newUser: 5, noFace: 'end' } }
    const diagnostics = lint(flowOf(say('greeting', longGreeting, 'recognition'), recognition))
    expect(diagnostics.filter((d) => d.severity === 2).map(brief)).toEqual([
      { ruleId: rule, severity: 2, nodeId: 'recognition', path: '/2/outcomes/newUser' },
    ])
    expect(diagnostics[0]?.message).toBe('"outcomes.newUser" must be a string; got 5')
  })

  it('reports outcomes of the wrong shape (an id string instead of an object)', () => {
    const recognition = { id: 'recognition', type: 'recognition', outcomes: 'end' }
    const diagnostics = reported(flowOf(say('greeting', longGreeting, 'recognition'), recognition), rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: 'recognition', path: '/2/outcomes' }])
    expect(diagnostics[0]?.message).toBe('"outcomes" must be an object; got "end"')
  })

  it('leaves an absent outcome to missing-outcome', () => {
    const recognition = { id: 'recognition', type: 'recognition', outcomes: { recognized: 'end', noFace: 'end' } }
    expect(reported(flowOf(say('greeting', longGreeting, 'recognition'), recognition), rule)).toEqual([])
  })

  it('leaves an empty outcomes array to missing-outcome', () => {
    expect(reported(flowOf({ id: 'greeting', type: 'conversation', prompt: 'Say: Hello.', outcomes: [] }), rule)).toEqual([])
  })

  it('reports a node id that is not a string', () => {
    const diagnostics = reported([{ id: 1, type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }], rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/0/id' }])
    expect(diagnostics[0]?.message).toBe('node "id" must be a string; got 1')
  })

  it('reports a node without an id', () => {
    const diagnostics = reported([{ type: 'start', outcome: 'end' }, { id: 'end', type: 'end' }], rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/0/id' }])
    expect(diagnostics[0]?.message).toContain('node has no "id"')
  })

  it('reports the {nodes, edges} shape as a document that is not FaceSign\'s format', () => {
    const diagnostics = reported({ nodes: flowOf(), edges: [{ from: 'start', to: 'end' }] }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '' }])
    expect(diagnostics[0]?.message).toBe("flow must be an array of nodes; {nodes, edges} is not FaceSign's format")
  })

  it('reports a flow that is a {nodes, edges} object on the flow', () => {
    const diagnostics = reported({ flow: { nodes: flowOf(), edges: [] } }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/flow' }])
    expect(diagnostics[0]?.message).toContain('{nodes, edges} is not FaceSign\'s format')
  })

  it('reports a flow that is not an array', () => {
    const diagnostics = reported({ clientReferenceId: 'user-1', flow: 'start' }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/flow' }])
    expect(diagnostics[0]?.message).toBe('flow must be an array of nodes; got "start"')
  })

  it('reports a session body without a flow', () => {
    const diagnostics = reported({ clientReferenceId: 'user-1' }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '' }])
    expect(diagnostics[0]?.message).toContain('no "flow"')
  })

  it('reports a document that is neither a flow nor a session body', () => {
    for (const document of [42, 'flow', null, true]) {
      const diagnostics = reported(document, rule)
      expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '' }])
      expect(diagnostics[0]?.message).toMatch(/^a flow file holds an array of nodes/)
    }
  })

  it('reports a session body field of the wrong type on that field', () => {
    const diagnostics = reported({ clientReferenceId: 4421, flow: flowOf() }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/clientReferenceId' }])
    expect(diagnostics[0]?.message).toBe('"clientReferenceId" must be a string; got 4421')
  })

  it('reports an unknown zone', () => {
    const diagnostics = reported({ zone: 'asia', flow: flowOf() }, rule)
    expect(diagnostics.map(brief)).toEqual([{ ruleId: rule, severity: 2, nodeId: undefined, path: '/zone' }])
  })

  it('accepts unknown session body fields, which FaceSign adds over time', () => {
    expect(reported({ flow: flowOf(), someNewSetting: { enabled: true } }, rule)).toEqual([])
  })

  it('accepts a legacy modules body without a flow', () => {
    expect(reported({ modules: [{ type: 'liveness' }] }, rule)).toEqual([])
  })

  it('reports each problem of a node once, and problems of several nodes each', () => {
    const diagnostics = reported(flowOf({ id: 'a', type: 'conversation', prompt: 1, outcomes: [{ id: 'x', condition: 2, targetNodeId: 'end' }] }, { id: 'b', type: 'nope' }), rule)
    expect(diagnostics.map((d) => d.path)).toEqual(['/1/prompt', '/1/outcomes/0/condition', '/2/type'])
  })

  it('accepts the legacy two_factor type as the current two-factor node', () => {
    const twoFactor = {
      id: 'otp',
      type: 'two_factor',
      outcomes: { verified: 'end', delivery_failed: 'end', failed_unverified: 'end', cancelled: 'end', error: 'end' },
    }
    expect(reported(flowOf(twoFactor), rule)).toEqual([])
  })
})
