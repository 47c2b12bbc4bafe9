import { describe, expect, it } from 'vitest'
import { FlowBuildError, flow, isFlow, isSession, locate, session, sourceLocations } from '@fsflow/builder'

const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'
const recovery = flow().start().converse('greeting', greeting).end()

describe('session()', () => {
  it('builds the POST /sessions body around the flow, keys in the order written', () => {
    const body = session({ clientReferenceId: 'user-1', flow: recovery, langs: ['en'], videoAIAnalysisEnabled: true })
    const json: unknown = JSON.parse(JSON.stringify(body))
    expect(json).toEqual({ clientReferenceId: 'user-1', flow: recovery.build(), langs: ['en'], videoAIAnalysisEnabled: true })
    expect(Object.keys(json as object)).toEqual(['clientReferenceId', 'flow', 'langs', 'videoAIAnalysisEnabled'])
  })

  it('is recognisable at runtime as a session, not a flow', () => {
    const body = session({ flow: recovery })
    expect(isSession(body)).toBe(true)
    expect(isFlow(body)).toBe(false)
    expect(isSession(recovery)).toBe(false)
  })

  it('throws invalid-schema when a body setting breaks the schema', () => {
    // @ts-expect-error -- the mistake under test; the types reject it too
    const body = session({ flow: recovery, zone: 'mars' })
    expect(() => body.build()).toThrow(/zone.*\(invalid-schema\)/)
  })

  it("locates the flow's errors at the builder calls, under /flow in the body", () => {
    const broken = flow().start().converse('greeting', greeting).goto('nowhere')
    const body = session({ clientReferenceId: 'user-1', flow: broken })
    let error: unknown
    try {
      body.build()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(FlowBuildError)
    expect((error as FlowBuildError).diagnostics[0]).toMatchObject({ ruleId: 'dangling-target', path: '/flow/1/outcomes/0/targetNodeId' })
    expect((error as FlowBuildError).location?.file).toMatch(/session\.test\.ts$/)
    expect(sourceLocations(body)).toEqual(sourceLocations(broken))
    expect(locate(body, { ruleId: 'x', messageId: 'x', severity: 1, message: '', path: '/flow/1/prompt' })).toEqual(sourceLocations(broken).get('greeting'))
  })

  it('refuses a flow that was not made with flow(), and legacy modules', () => {
    // @ts-expect-error -- plain JSON is not a built flow
    expect(() => session({ flow: [{ id: 'start', type: 'start', outcome: 'end' }] })).toThrow(/must be a flow made with flow\(\)/)
    // @ts-expect-error -- modules never go with a flow
    expect(() => session({ flow: recovery, modules: [{ type: 'identityVerification' }] })).toThrow(/legacy "modules"/)
  })
})
