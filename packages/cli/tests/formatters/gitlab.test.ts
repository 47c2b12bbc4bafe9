import { describe, expect, it } from 'vitest'
import { gitlab } from '../../src/formatters/gitlab.js'
import { sarif } from '../../src/formatters/sarif.js'
import { createFatalResult, createLintResult } from '../../src/lint-result.js'
import { fixture, lintFlowText, seedFlow } from '../helpers.js'
import { validSarif } from '../sarif-schema.js'

const options = { cwd: '/repo/flows', color: false, repositoryRoot: '/repo' }

interface Issue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: { path: string; lines: { begin: number; end: number } }
  content?: { body: string }
}

const issuesOf = (text: string): Issue[] => JSON.parse(text) as Issue[]
const dangling = fixture('dangling-target.flow.json')

describe('gitlab', () => {
  it('reports each problem as a Code Quality issue, its path relative to the repository root', () => {
    const [issue] = issuesOf(gitlab([lintFlowText('/repo/flows/a.flow.json', dangling)], options))
    expect(issue).toEqual({
      description: 'outcome "ready" of node "welcome" points to "donne", but no node has that id; did you mean "done"?',
      check_name: 'dangling-target',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      severity: 'major',
      location: { path: 'flows/a.flow.json', lines: { begin: 7, end: 7 } },
      content: { body: 'See [dangling-target](https://github.com/fsflow/fsflow/blob/main/docs/rules/dangling-target.md).' },
    })
  })

  it('rates warnings minor and a file that could not be linted blocker', () => {
    const results = [lintFlowText('/repo/seed.flow.json', seedFlow()), createFatalResult('/repo/gone.flow.json', 'Cannot read the file.')]
    expect(issuesOf(gitlab(results, options)).map((issue) => [issue.check_name, issue.severity])).toEqual([
      ['liveness-inconclusive', 'minor'],
      ['liveness-inconclusive', 'minor'],
      ['unlintable-file', 'blocker'],
    ])
  })

  it('fingerprints each problem as the SARIF report does, so both survive edits above a problem', () => {
    const results = [lintFlowText('/repo/a.flow.json', dangling)]
    const moved = [lintFlowText('/repo/a.flow.json', `\n\n${dangling}`)]
    const prints = issuesOf(gitlab(results, options)).map((issue) => issue.fingerprint)
    expect(issuesOf(gitlab(moved, options)).map((issue) => issue.fingerprint)).toEqual(prints)
    const sarifPrints = validSarif(sarif(results, options)).runs[0]!.results!.map((result) => result.partialFingerprints!['fsflow/v1'])
    expect(sarifPrints).toEqual(prints)
  })

  it('prints an empty list when there are no problems', () => {
    expect(issuesOf(gitlab([createLintResult('/repo/a.flow.json', [])], options))).toEqual([])
  })
})
