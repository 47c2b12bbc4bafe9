import { describe, expect, it } from 'vitest'
import { junit, xmlEscape } from '../../src/formatters/junit.js'
import { type LintMessage, createLintResult } from '../../src/lint-result.js'
import { fixture, lintFlowText } from '../helpers.js'
import { parsedJunit } from '../junit-xml.js'

const options = { cwd: '/repo/flows', color: false, repositoryRoot: '/repo' }

describe('junit', () => {
  it('writes one test suite per file and one failing test case per problem, named after its rule and node', () => {
    const report = parsedJunit(junit([lintFlowText('/repo/flows/a.flow.json', fixture('dangling-target.flow.json'))], options))
    const [suite] = report.testsuites.testsuite
    expect(suite).toMatchObject({ name: 'flows/a.flow.json', tests: '2', failures: '2', errors: '0' })
    expect(suite!.testcase).toEqual([
      {
        name: 'org.fsflow.dangling-target(welcome)',
        classname: 'flows/a.flow.json',
        time: '0',
        failure: {
          message: 'outcome "ready" of node "welcome" points to "donne", but no node has that id; did you mean "done"?',
          type: 'error',
          '#text': expect.stringMatching(/^line 7, col 51, error, .* \(dangling-target\) at path \/1\/outcomes\/0\/targetNodeId, https:\/\/.*dangling-target\.md$/) as unknown,
        },
      },
      expect.objectContaining({ name: 'org.fsflow.unreachable-node(done)' }),
    ])
  })

  it('writes one passing test case for a file without problems', () => {
    const [suite] = parsedJunit(junit([createLintResult('/repo/a.flow.json', [])], options)).testsuites.testsuite
    expect(suite).toMatchObject({ tests: '1', failures: '0', testcase: [{ name: 'a.flow.json', classname: 'a.flow.json', time: '0' }] })
  })

  it('stays well-formed XML whatever a message, node id or path holds', () => {
    const hostile: LintMessage = {
      ruleId: null, severity: 2, message: 'a <b> & "c" \'d\' ]]> \u0000\u001b end', line: 1, column: 1, endLine: 1, endColumn: 1, nodeId: '"><x y="', path: '/0',
    }
    const [suite] = parsedJunit(junit([createLintResult('/repo/<&>".flow.json', [hostile])], options)).testsuites.testsuite
    expect(suite).toMatchObject({ name: '<&>".flow.json' })
    expect((suite!.testcase as { failure: { message: string } }[])[0]!.failure.message).toBe('a <b> & "c" \'d\' ]]> \uFFFD\uFFFD end')
  })

  it('replaces the characters that XML cannot hold', () => {
    expect(xmlEscape('a\u0000b\u001bc\td')).toBe('a\uFFFDb\uFFFDc\td')
  })
})
