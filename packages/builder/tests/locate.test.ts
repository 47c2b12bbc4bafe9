import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '@fsflow/analyzer'
import { diagnose, flow, locate, locator, sourceLocations, type BuiltFlow, type NodeEntry } from '@fsflow/builder'

const brand = Symbol.for('@fsflow/builder/flow')
const greeting = 'Say: Hi! I need to verify your identity. It only takes a few seconds, so let us get started. Ready?'

/** A flow with `count` liveness checks, each without `inconclusive`: one warning per check. */
function livenessChecks(count: number): BuiltFlow<NodeEntry> {
  let chain = flow().start().converse('greeting', greeting) as unknown as { liveness(id: string, routes: object): typeof chain; end(): BuiltFlow<NodeEntry> }
  for (let i = 0; i < count; i++) chain = chain.liveness(`liveness_${i}`, { livenessDetected: 'next', deepfakeDetected: 'next', noFace: 'next' })
  return chain.end()
}

/** The same flow behind a brand whose render counts its calls. */
function counted(built: BuiltFlow<NodeEntry>): { value: BuiltFlow<NodeEntry>; renders: () => number } {
  const source = (built as unknown as Record<symbol, { render(): unknown }>)[brand]!
  let renders = 0
  const value = { [brand]: { kind: 'flow', render: () => (renders++, source.render()) } } as unknown as BuiltFlow<NodeEntry>
  return { value, renders: () => renders }
}

const warning = (path: string, nodeId: string): Diagnostic => ({ ruleId: 'liveness-inconclusive', messageId: 'x', severity: 1, message: '', path, nodeId })

describe('locator', () => {
  it('renders the flow once, however many diagnostics it places', () => {
    const { value, renders } = counted(livenessChecks(300))
    const place = locator(value)
    const located = Array.from({ length: 300 }, (_, i) => place(warning(`/${i + 2}/outcomes`, `liveness_${i}`)))
    expect(renders()).toBe(1)
    expect(located.every((diagnostic) => diagnostic.location !== undefined)).toBe(true)
  })

  it('diagnose lints a flow in one rendering, whatever the number of its warnings', () => {
    const { value, renders } = counted(livenessChecks(300))
    const { diagnostics } = diagnose(value)
    expect(diagnostics.filter((d) => d.ruleId === 'liveness-inconclusive')).toHaveLength(300)
    expect(renders()).toBe(1)
  })

  it('places a diagnostic about no field of its node at the node’s call, as locate does', () => {
    const built = livenessChecks(2)
    const diagnostic = warning('/3', 'liveness_1')
    expect(locator(built)(diagnostic).location).toEqual(sourceLocations(built).get('liveness_1'))
    expect(locate(built, diagnostic)).toEqual(sourceLocations(built).get('liveness_1'))
  })
})

describe('the argument a diagnostic is about', () => {
  const place = (built: BuiltFlow<NodeEntry>, path: string) => locator(built)({ ruleId: 'x', messageId: 'x', severity: 2, message: '', path }).argument

  it('is the branch’s own id, condition or route, by the branch’s position', () => {
    const built = flow()
      .start()
      .converse('ask', 'Ask whether the user is ready.', {
        outcomes: [
          { id: 'yes', when: 'The user is ready', to: 'next' },
          { id: 'yes', when: 'The user is ready now', to: 'closing' },
        ],
      })
      .end()
    expect(place(built, '/1/outcomes/1/id')).toEqual([2, 'outcomes', 1, 'id'])
    expect(place(built, '/1/outcomes/1/condition')).toEqual([2, 'outcomes', 1, 'when'])
    expect(place(built, '/1/outcomes/1/targetNodeId')).toEqual([2, 'outcomes', 1, 'to'])
    expect(place(built, '/1/prompt')).toEqual([1])
  })

  it('is the route key that routed a keyed outcome, otherwise included', () => {
    const built = flow().start().liveness('liveness', { livenessDetected: 'next', otherwise: 'end' }).end()
    expect(place(built, '/1/outcomes/livenessDetected')).toEqual([1, 'livenessDetected'])
    expect(place(built, '/1/outcomes/noFace')).toEqual([1, 'otherwise'])
  })

  it('is a setting’s own key, and the keys inside it', () => {
    const built = flow()
      .start()
      .converse('lookup', 'Say: One moment.', { awaitExternal: { timeoutSeconds: 20, exits: { onDataReady: 'next', onTimeout: 'end', onError: 'end' } } })
      .end()
    expect(place(built, '/1/awaitExternal/timeoutSeconds')).toEqual([2, 'awaitExternal', 'timeoutSeconds'])
    expect(place(built, '/1/awaitExternal/exits/onTimeout')).toEqual([2, 'awaitExternal', 'exits', 'onTimeout'])
  })

  it('is the rule’s `to` and the spec’s `otherwise` for a field condition', () => {
    const built = flow()
      .start()
      .fieldCondition('route', { rules: [{ left: { source: 'providedData', field: 'country' }, operator: 'exists', to: 'next' }], otherwise: 'next' })
      .end()
    expect(place(built, '/1/rules/0/outcome')).toEqual([1, 'rules', 0, 'to'])
    expect(place(built, '/1/rules/0/left/field')).toEqual([1, 'rules', 0, 'left', 'field'])
    expect(place(built, '/1/default')).toEqual([1, 'otherwise'])
  })

  it('is the id a goto names, for the target it linked', () => {
    const built = flow().start().converse('greeting', greeting).goto('nowhere')
    expect(place(built, '/1/outcomes/0/targetNodeId')).toEqual([0])
  })
})
