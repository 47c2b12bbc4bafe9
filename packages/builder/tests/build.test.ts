import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Flow, nodeTypes } from '@fsflow/schema'
import { FlowBuildError, compile, diagnose, flow, isFlow, locate, session, sourceLocations, type BuiltFlow, type NodeEntry } from '@fsflow/builder'

const thisFile = fileURLToPath(import.meta.url)
const lines = readFileSync(thisFile, 'utf8').split('\n')

/** The 1-based line and column of the builder call on the line marked `// ← name`. */
function callMarked(name: string, method: string): { file: string; line: number; column: number } {
  const index = lines.findIndex((line) => line.includes(`// ← ${name}`))
  if (index < 0) throw new Error(`no line is marked ${name}`)
  return { file: thisFile, line: index + 1, column: (lines[index] ?? '').indexOf(`.${method}(`) + 2 }
}

/** The error a build throws. */
function buildError(built: { build(): unknown }): FlowBuildError {
  try {
    built.build()
  } catch (error) {
    if (error instanceof FlowBuildError) return error
    throw error
  }
  throw new Error('the flow built without an error')
}

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'

/** A flow with every one of the 15 node types. */
function everyNodeType(): BuiltFlow<NodeEntry> {
  return flow()
    .start()
    .converse('greeting', greeting, { outcome: 'g1', when: 'User has responded' })
    .permissions('allow_camera', { permissionsGranted: 'next', permissionsDenied: 'end' }, { permissions: { camera: true } })
    .converse('camera_ready', 'Say: Thanks, I can see you now. Please hold still for a moment while I check.')
    .recognize('recognition', { recognized: 'next', newUser: 'next', noFace: 'next' })
    .liveness('liveness', { livenessDetected: 'next', otherwise: 'end' })
    .enterEmail('email', { emailEntered: 'next', canceled: 'end' })
    .twoFactorEmail('email_code', { verified: 'next', otherwise: 'end' })
    .twoFactorSms('sms_code', { verified: 'next', otherwise: 'end' })
    .validateData('check_email', { field: 'email', action: 'exists' }, { outcomes: [{ when: 'The email exists', to: 'next' }] })
    .scanDocument('scan', { scanSuccess: 'next', otherwise: 'end' }, { scanningMode: 'automatic', allowedDocumentTypes: ['passport'] })
    .faceScan('selfie', { passed: 'next', otherwise: 'end' })
    .faceCompare('compare', { match: 'next', otherwise: 'end' }, { sourceA: { source: 'faceScan' }, sourceB: { source: 'documentPhoto' } })
    .callExternal('notify', { url: 'https://example.com/verified', method: 'POST', vars: [{ name: 'who', value: '{email}' }] })
    .fieldCondition('route', { rules: [{ left: { source: 'extractedData', field: 'country' }, operator: 'exists', to: 'next' }], otherwise: 'next' })
    .end()
}

describe('building', () => {
  it('JSON.stringify(flow) gives the flow JSON, a plain array of nodes', () => {
    const built = flow().start().converse('greeting', greeting).end()
    expect(JSON.parse(JSON.stringify(built))).toEqual(built.build())
    expect(Array.isArray(built.build())).toBe(true)
  })

  it('the same source gives the same bytes', () => {
    expect(JSON.stringify(everyNodeType())).toBe(JSON.stringify(everyNodeType()))
    const built = everyNodeType()
    expect(JSON.stringify(built, null, 2)).toBe(JSON.stringify(built, null, 2))
  })

  it('writes nodes in the order written and keys as id, type, the schema fields, outcomes last', () => {
    const nodes = everyNodeType().build()
    expect(nodes.map((node) => node.id)).toEqual([
      'start', 'greeting', 'allow_camera', 'camera_ready', 'recognition', 'liveness', 'email', 'email_code',
      'sms_code', 'check_email', 'scan', 'selfie', 'compare', 'notify', 'route', 'end',
    ])
    for (const node of nodes) {
      const keys = Object.keys(node)
      expect(keys.slice(0, 2)).toEqual(['id', 'type'])
      const outcomeKey = keys.find((key) => key === 'outcomes' || key === 'outcome' || key === 'default')
      if (outcomeKey !== undefined) expect(keys.at(-1)).toBe(outcomeKey)
    }
  })

  it('produces documents that pass the @fsflow/schema flow schema, all 15 node types included', () => {
    const nodes = everyNodeType().build()
    expect(new Set(nodes.map((node) => node.type))).toEqual(new Set(nodeTypes))
    expect(Flow.safeParse(nodes).success).toBe(true)
  })

  it('throws invalid-schema with the call site when settings break the schema', () => {
    const built = flow()
      .start()
      .twoFactorEmail('email_code', { verified: 'next', otherwise: 'end' }, { otpLength: 12 }) // ← otp
      .end()
    const error = buildError(built)
    expect(error.ruleId).toBe('invalid-schema')
    expect(error.location).toEqual(callMarked('otp', 'twoFactorEmail'))
    expect(error.message).toMatch(/otpLength/)
  })

  it('never gives a document the schema rejects, even with the invalid-schema rule turned off', () => {
    const built = flow()
      .start()
      .faceScan('selfie', { otherwise: 'next' }, { similarityThreshold: 3 }) // ← threshold
      .end()
    let error: unknown
    try {
      compile(built, { config: { rules: { 'invalid-schema': 'off' } } })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(FlowBuildError)
    expect((error as FlowBuildError).ruleId).toBe('invalid-schema')
    expect((error as FlowBuildError).location).toEqual(callMarked('threshold', 'faceScan'))
  })

  it('throws dangling-target at the goto that names an id no node has', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .goto('greting') // ← goto
    const error = buildError(built)
    expect(error.ruleId).toBe('dangling-target')
    expect(error.diagnostics[0]).toMatchObject({ nodeId: 'greeting', path: '/1/outcomes/0/targetNodeId' })
    expect(error.location).toEqual(callMarked('goto', 'goto'))
  })

  it('throws duplicate-node-id at the second node that takes an id', () => {
    const built = flow()
      .start()
      .converse('ask', 'Say: first')
      .converse('ask', 'Say: second') // ← duplicate
      .end()
    const error = buildError(built)
    expect(error.ruleId).toBe('duplicate-node-id')
    expect(error.location).toEqual(callMarked('duplicate', 'converse'))
  })

  it('throws on any error of the analyzer recommended rules, such as a node no path leads from to an end', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .converse('loop', 'Say: again and again') // ← loop
      .goto('loop')
    const error = buildError(built)
    expect(error.ruleId).toBe('no-path-to-end')
    expect(error.diagnostics.map((d) => d.nodeId)).toEqual(['start', 'greeting', 'loop'])
    expect(error.diagnostics[2]?.location).toEqual(callMarked('loop', 'converse'))
  })

  it('throws when a chain that was never closed is turned into JSON', () => {
    const open = flow().start().converse('greeting', greeting)
    expect(() => JSON.stringify(open)).toThrow(FlowBuildError)
  })

  it('reports a chain never ended as one error at its last call, not as the outcomes it left open', () => {
    const open = flow()
      .start()
      .converse('greeting', greeting)
      .liveness('liveness', { livenessDetected: 'next', noFace: 'next', otherwise: 'greeting' }) // ← unended
    const error = buildError(open as unknown as { build(): unknown })
    const { line } = callMarked('unended', 'liveness')
    expect(error.diagnostics.map((d) => [d.ruleId, d.nodeId, d.path])).toEqual([['unended-chain', 'liveness', '/2/outcomes/livenessDetected']])
    expect(error.location).toEqual(callMarked('unended', 'liveness'))
    expect(error.diagnostics[0]?.message).toBe(
      `the chain ending at \`.liveness(…)\` (packages/builder/tests/build.test.ts:${line}) was never ended: add \`.end()\` or \`.goto(id)\``,
    )
  })

  it('reports the other errors of a chain never ended beside it', () => {
    const open = flow()
      .start()
      .recognize('recognition', { recognized: 'nowhere', otherwise: 'next' })
    const { diagnostics } = diagnose(open as unknown as BuiltFlow<NodeEntry>)
    expect(diagnostics.filter((d) => d.severity === 2).map((d) => d.ruleId)).toEqual(['unended-chain', 'dangling-target'])
  })

  it('reports a session around a chain never ended the same way', () => {
    const open = flow().start().converse('greeting', greeting) as unknown as BuiltFlow<NodeEntry>
    const error = buildError(session({ flow: open }))
    expect(error.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([['unended-chain', '/flow/1/outcomes/0/targetNodeId']])
  })

  it('says in its message where each error was made, what it is and its rule id', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .goto('nowhere') // ← message
    const { line, column } = callMarked('message', 'goto')
    const error = buildError(built)
    const analyzerMessage = error.diagnostics[0]?.message ?? ''
    expect(analyzerMessage).toMatch(/"nowhere"/)
    expect(error.message).toBe(`the flow has 1 error:\n  packages/builder/tests/build.test.ts:${line}:${column}: ${analyzerMessage} (dangling-target)`)
  })

  it('builds a flow that has only warnings', () => {
    const built = flow().start().recognize('recognition', { recognized: 'next', newUser: 'next', noFace: 'next' }).end()
    expect(() => built.build()).not.toThrow()
  })

  it('compile with check: false gives the document as written, for a linter to lint', () => {
    const built = flow().start().converse('greeting', greeting).goto('nowhere')
    expect(compile(built, { check: false })).toEqual([
      { id: 'start', type: 'start', outcome: 'greeting' },
      { id: 'greeting', type: 'conversation', prompt: greeting, outcomes: [{ id: 'done', condition: '', targetNodeId: 'nowhere' }] },
    ])
  })

  it('compile takes a lint config, so a rule can be turned off', () => {
    const built = flow().start().converse('ask', 'Say: first').converse('ask', 'Say: second').end()
    expect(() => compile(built, { config: { rules: { 'duplicate-node-id': 'off' } } })).not.toThrow()
  })
})

describe('source locations', () => {
  it('sourceLocations gives the builder call that made each node', () => {
    const built = flow()
      .start() // ← start
      .converse('greeting', greeting) // ← greeting
      .recognize('recognition', { // ← recognize
        recognized: (path) => path.liveness('liveness', { otherwise: 'next' }), // ← sub-flow
        otherwise: 'next',
      })
      .end() // ← end
    expect(Object.fromEntries(sourceLocations(built))).toEqual({
      start: callMarked('start', 'start'),
      greeting: callMarked('greeting', 'converse'),
      recognition: callMarked('recognize', 'recognize'),
      liveness: callMarked('sub-flow', 'liveness'),
      end: callMarked('end', 'end'),
    })
  })

  it('locate maps a diagnostic of the compiled document to the builder call it is about', () => {
    const built = flow()
      .start()
      .converse('greeting', greeting)
      .goto('nowhere') // ← locate
    const diagnostic = { ruleId: 'dangling-target', messageId: 'x', severity: 2 as const, message: '', nodeId: 'greeting', path: '/1/outcomes/0/targetNodeId' }
    expect(locate(built, diagnostic)).toEqual(callMarked('locate', 'goto'))
    expect(locate(built, { ...diagnostic, path: '/1/prompt' })).toEqual(sourceLocations(built).get('greeting'))
  })

  it('isFlow recognises a built flow among a module’s exports, and nothing else', () => {
    const start = flow().start()
    const built = start.end()
    expect(isFlow(built)).toBe(true)
    expect(isFlow(start)).toBe(false) // continued: the flow is the chain's last value
    expect(isFlow(built.build())).toBe(false)
    expect(isFlow({})).toBe(false)
    expect(isFlow(null)).toBe(false)
  })
})
