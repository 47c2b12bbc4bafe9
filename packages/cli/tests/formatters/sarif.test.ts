import { describe, expect, it } from 'vitest'
import { rules } from '@fsflow/analyzer'
import type { LintMessage, LintResult } from '../../src/lint-result.js'
import { createFatalResult, createLintResult } from '../../src/lint-result.js'
import { sarif, unlintableFileRuleId } from '../../src/formatters/sarif.js'
import { fixture, lintFlowText, seedFlow } from '../helpers.js'
import { validSarif } from '../sarif-schema.js'

const root = '/repo'
const options = { cwd: '/repo/flows', color: false, repositoryRoot: root }

function report(results: LintResult[], rulesRun: readonly string[] = []): ReturnType<typeof validSarif> {
  return validSarif(sarif(results, { ...options, rulesRun }))
}

const dangling = (): LintResult => lintFlowText('/repo/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))

describe('sarif', () => {
  it('describes fsflow as the tool, with its version and home page', () => {
    const { driver } = report([]).runs[0]!.tool
    expect(driver).toMatchObject({ name: 'fsflow', version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown, informationUri: expect.stringContaining('http') as unknown })
  })

  it('describes every rule that ran, with its documentation page as help and its default level', () => {
    const ran = rules.map((rule) => rule.name)
    const described = report([], ran).runs[0]!.tool.driver.rules!
    expect(described.map((rule) => rule.id)).toEqual(ran)
    const dangling = described.find((rule) => rule.id === 'dangling-target')!
    expect(dangling).toMatchObject({
      name: 'DanglingTarget',
      defaultConfiguration: { level: 'error' },
      helpUri: expect.stringMatching(/docs\/rules\/dangling-target\.md$/) as unknown,
    })
    expect(dangling.help!.markdown).toContain('## What it catches')
    expect(dangling.help!.text).toBe(dangling.help!.markdown)
    expect(described.find((rule) => rule.id === 'greeting-too-short')!.defaultConfiguration!.level).toBe('warning')
  })

  it('describes a rule that reported even when it was not listed as run', () => {
    expect(report([dangling()]).runs[0]!.tool.driver.rules!.map((rule) => rule.id)).toEqual(['dangling-target', 'unreachable-node'])
  })

  it('places each problem in its file relative to the repository root, on its region and its node', () => {
    const [result] = report([dangling()]).runs[0]!.results!
    expect(result).toMatchObject({
      ruleId: 'dangling-target',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'flows/dangling-target.flow.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 51, endLine: 7, endColumn: 58 },
          },
          logicalLocations: [{ name: 'welcome', fullyQualifiedName: '/1/outcomes/0/targetNodeId', kind: 'object' }],
        },
      ],
    })
  })

  it('names the repository root as the base of the paths', () => {
    expect(report([]).runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } })
  })

  it('gives a warning the level warning', () => {
    const [result] = report([lintFlowText('/repo/seed.flow.json', seedFlow())]).runs[0]!.results!
    expect(result!.level).toBe('warning')
  })

  it('keeps a fingerprint when lines are added above the problem', () => {
    const text = fixture('dangling-target.flow.json')
    const before = report([lintFlowText('/repo/a.flow.json', text)]).runs[0]!.results!
    const after = report([lintFlowText('/repo/a.flow.json', `\n\n\n${text}`)]).runs[0]!.results!
    expect(after[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(10)
    expect(after.map((result) => result.partialFingerprints)).toEqual(before.map((result) => result.partialFingerprints))
  })

  it('gives different fingerprints to problems in different files, of different rules, or on different nodes', () => {
    const one = report([dangling(), lintFlowText('/repo/flows/other.flow.json', fixture('dangling-target.flow.json'))]).runs[0]!.results!
    const prints = one.map((result) => result.partialFingerprints!['fsflow/v1'])
    expect(new Set(prints).size).toBe(4)
  })

  it('tells identical messages on one node apart in their fingerprints', () => {
    const message: LintMessage = { ruleId: 'empty-condition', severity: 1, message: 'same', line: 1, column: 1, endLine: 1, endColumn: 2, nodeId: 'n', path: '/0' }
    const results = report([createLintResult('/repo/a.flow.json', [message, { ...message, line: 2, endLine: 2 }])]).runs[0]!.results!
    expect(results[0]!.partialFingerprints).not.toEqual(results[1]!.partialFingerprints)
  })

  it(`reports a file that could not be read as a result of the ${unlintableFileRuleId} rule, which the tool describes`, () => {
    const log = report([createFatalResult('/repo/gone.flow.json', 'Cannot read the file: it does not exist (ENOENT).')])
    expect(log.runs[0]!.results![0]).toMatchObject({ ruleId: unlintableFileRuleId, level: 'error', locations: [{ physicalLocation: { region: { startLine: 1 } } }] })
    expect(log.runs[0]!.tool.driver.rules!.map((rule) => rule.id)).toEqual([unlintableFileRuleId])
    expect(log.runs[0]!.tool.driver.rules![0]!.help!.markdown).toContain('could not read or load')
  })

  it('reports a file that is not JSON as an invalid-json result at the place the parser stopped', () => {
    const [result] = report([lintFlowText('/repo/bad.flow.json', fixture('malformed.flow.json'))]).runs[0]!.results!
    expect(result).toMatchObject({ ruleId: 'invalid-json', locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 18 } } }] })
  })

  it('marks a problem silenced by a comment as suppressed in the source, with its reason', () => {
    const base = dangling()
    const [message] = base.messages
    const suppressed = { ...message!, suppressions: [{ kind: 'directive' as const, justification: 'fixed in ticket 7' }] }
    const results = report([{ ...base, messages: [], suppressedMessages: [suppressed] }]).runs[0]!.results!
    expect(results.map((result) => result.suppressions)).toEqual([[{ kind: 'inSource', justification: 'fixed in ticket 7' }]])
  })

  it('marks a problem silenced by the config or the bulk file as suppressed outside the file, without an empty reason', () => {
    const base = dangling()
    const [first, second] = base.messages
    const suppressedMessages = [
      { ...first!, suppressions: [{ kind: 'config' as const, justification: 'legacy flow' }] },
      { ...second!, suppressions: [{ kind: 'file' as const, justification: '' }] },
    ]
    const results = report([{ ...base, messages: [], suppressedMessages }]).runs[0]!.results!
    expect(results.map((result) => result.suppressions)).toEqual([[{ kind: 'external', justification: 'legacy flow' }], [{ kind: 'external' }]])
  })

  it('reports a suppression that silences nothing under a rule of its own, as a warning', () => {
    const unused: LintMessage = { ruleId: null, severity: 1, message: 'Unused fsflow-disable-next-line directive (no problems were reported).', messageId: 'unusedDirective', line: 3, column: 3, endLine: 3, endColumn: 30, path: '' }
    const log = report([createLintResult('/repo/flows/a.flow.ts', [unused])])
    expect(log.runs[0]!.results!.map(({ ruleId, level }) => [ruleId, level])).toEqual([['unused-suppression', 'warning']])
    expect(log.runs[0]!.tool.driver.rules!.map(({ id }) => id)).toEqual(['unused-suppression'])
  })

  it('gives a file outside the repository its absolute file URI', () => {
    const [result] = report([lintFlowText('/elsewhere/a b#.flow.json', fixture('dangling-target.flow.json'))]).runs[0]!.results!
    expect(result!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b%23.flow.json' })
  })

  it('percent-encodes the characters of a path that a URI cannot hold', () => {
    const [result] = report([lintFlowText('/repo/my flows/#1?.flow.json', fixture('dangling-target.flow.json'))]).runs[0]!.results!
    expect(result!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('my%20flows/%231%3F.flow.json')
  })
})
