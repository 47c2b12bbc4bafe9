import { describe, expect, it } from 'vitest'
import { type Diagnostic, type RuleSet, RuleError, analyzeFlow, createRule, createRuleSet, defaultSettings } from '@fsflow/analyzer'
import { accountRecovery, accountRecoveryText, closing, flowOf, say } from './flows.js'

/** A flow with one mistake of each kind that concerns nodes. */
const brokenFlow = flowOf(say('greeting', 'Hello.', 'closng'), closing('closing'), closing('closing'), { id: 'mystery', type: 'teleport' })

const withoutPrefix = (diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.map((d) => ({
    ...d,
    path: d.path.replace(/^\/flow/, ''),
    message: d.message.replaceAll('/flow/', '/'),
    ...(d.data === undefined ? {} : { data: Object.fromEntries(Object.entries(d.data).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll('/flow/', '/') : value])) }),
  }))

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

describe('analyzeFlow', () => {
  describe('document shapes', () => {
    it('reads a bare array of nodes', () => {
      expect(analyzeFlow(brokenFlow).map((d) => d.path)).toContain('/1/outcomes/0/targetNodeId')
    })

    it('reads {"flow": [...]} with the same findings, pointing under /flow', () => {
      const inBody = analyzeFlow({ flow: brokenFlow })
      expect(inBody.map((d) => d.path)).toContain('/flow/1/outcomes/0/targetNodeId')
      expect(withoutPrefix(inBody)).toEqual(analyzeFlow(brokenFlow))
    })

    it('reads a whole session-create body with the same findings', () => {
      const body = { clientReferenceId: 'recovery-user-4421', metadata: { recoveryType: 'forgot_password' }, flow: brokenFlow, videoAIAnalysisEnabled: true }
      expect(withoutPrefix(analyzeFlow(body))).toEqual(analyzeFlow(brokenFlow))
    })
  })

  describe('the seed\'s account-recovery flow (examples/account-recovery.flow.json)', () => {
    it('has no errors as a session body, only the liveness-inconclusive warnings', () => {
      const diagnostics = analyzeFlow(accountRecovery())
      expect(diagnostics.filter((d) => d.severity === 2)).toEqual([])
      expect(diagnostics.map((d) => [d.ruleId, d.nodeId])).toEqual([
        ['liveness-inconclusive', 'liveness_known'],
        ['liveness-inconclusive', 'liveness_new'],
      ])
    })

    it('has no errors as a bare flow array', () => {
      expect(analyzeFlow(accountRecovery().flow).filter((d) => d.severity === 2)).toEqual([])
    })

    it('has no errors when linted from its text', () => {
      expect(analyzeFlow(JSON.parse(accountRecoveryText())).filter((d) => d.severity === 2)).toEqual([])
    })
  })

  it('never changes the document it reads', () => {
    const document = deepFreeze(accountRecovery())
    expect(() => analyzeFlow(document)).not.toThrow()
    expect(document).toEqual(accountRecovery())
  })

  it('gives the same findings with a rule set resolved once as with the config itself', () => {
    const config = { rules: { 'greeting-too-short': ['error', { minSeconds: 10 }] as const } }
    const ruleSet = createRuleSet(config)
    expect(analyzeFlow(brokenFlow, ruleSet)).toEqual(analyzeFlow(brokenFlow, config))
    expect(analyzeFlow(accountRecovery(), ruleSet)).toEqual(analyzeFlow(accountRecovery(), config))
  })

  it('reports with the severities of the config', () => {
    const diagnostics = analyzeFlow(accountRecovery(), { rules: { 'liveness-inconclusive': 'error' } })
    expect(diagnostics.map((d) => d.severity)).toEqual([2, 2])
  })

  it('runs no rule that is turned off', () => {
    expect(analyzeFlow(brokenFlow, { rules: { 'dangling-target': 'off', 'unreachable-node': 0 } }).map((d) => d.ruleId)).not.toContain('dangling-target')
  })

  it('gives pointers and message ids, never positions: placing them is the source\'s job', () => {
    for (const diagnostic of analyzeFlow(brokenFlow)) {
      expect(Object.keys(diagnostic).filter((key) => /line|column/i.test(key))).toEqual([])
      expect(diagnostic.messageId).toMatch(/\w/)
      expect(diagnostic.path).toMatch(/^(\/.*)?$/)
    }
  })
})

describe('a rule that breaks its contract', () => {
  const ruleSetOf = (create: (context: { report(report: { messageId: string }): void }) => void): RuleSet => [
    {
      rule: createRule({
        name: 'house/broken',
        meta: { type: 'problem', docs: { description: 'Breaks.', recommended: 'error' }, messages: { known: 'A known message.' } },
        defaultOptions: {},
        create,
      }),
      id: 'house/broken',
      severity: 2,
      options: {},
      settings: defaultSettings,
    },
  ]

  it('reports a message id it does not have: a RuleError naming the rule and the id', () => {
    const ruleSet = ruleSetOf((context) => { context.report({ messageId: 'unknown' }); })
    expect(() => analyzeFlow([], ruleSet)).toThrow(RuleError)
    expect(() => analyzeFlow([], ruleSet)).toThrow('rule "house/broken" failed: reported the message id "unknown", which is not in its meta.messages')
  })

  it('throws: a RuleError with the rule\'s id and the error as its cause', () => {
    const cause = new TypeError('cannot read properties of undefined')
    let thrown: unknown
    try {
      analyzeFlow([], ruleSetOf(() => { throw cause }))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RuleError)
    expect(thrown).toMatchObject({ ruleId: 'house/broken', cause, message: 'rule "house/broken" failed: cannot read properties of undefined' })
  })

  it('reports a known message id like any rule', () => {
    expect(analyzeFlow([], ruleSetOf((context) => { context.report({ messageId: 'known' }); }))).toEqual([
      { ruleId: 'house/broken', severity: 2, message: 'A known message.', messageId: 'known', path: '' },
    ])
  })
})
