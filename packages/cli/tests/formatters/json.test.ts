import { describe, expect, it } from 'vitest'
import { json } from '../../src/formatters/json.js'
import { createFatalResult, createLintResult } from '../../src/lint-result.js'
import { fixture, lintFlowText } from '../helpers.js'

const options = { cwd: '/work', color: false }

describe('json formatter', () => {
  it("prints ESLint's LintResult shape, every key in ESLint's order", () => {
    const output = json([lintFlowText('/work/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))], options)
    const [result] = JSON.parse(output) as [Record<string, unknown>]
    expect(Object.keys(result)).toEqual([
      'filePath',
      'messages',
      'suppressedMessages',
      'errorCount',
      'fatalErrorCount',
      'warningCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'usedDeprecatedRules',
    ])
  })

  it('prints each message with its rule, message id, span, node and JSON pointer', () => {
    const output = json([lintFlowText('/work/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))], options)
    expect(output).toContain(
      '{"ruleId":"dangling-target","severity":2,"message":"outcome \\"ready\\" of node \\"welcome\\" points to \\"donne\\", but no node has that id; did you mean \\"done\\"?",' +
        '"messageId":"danglingDidYouMean","line":7,"column":51,"endLine":7,"endColumn":58,"nodeId":"welcome","path":"/1/outcomes/0/targetNodeId"}',
    )
  })

  it('leaves nodeId out of a message about no node', () => {
    const output = json([lintFlowText('/work/broken.flow.json', '{ "flow": [')], options)
    const [result] = JSON.parse(output) as [{ messages: Record<string, unknown>[] }]
    expect(result.messages[0]).not.toHaveProperty('nodeId')
    expect(result.messages[0]).toMatchObject({ ruleId: 'invalid-json', path: '' })
  })

  it('lists a file without problems, with empty messages', () => {
    const output = json([lintFlowText('/work/flows/clean.flow.json', fixture('clean.flow.json'))], options)
    expect(JSON.parse(output)).toEqual([
      {
        filePath: '/work/flows/clean.flow.json',
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ])
  })

  it('marks the message of a file that could not be read as fatal, with no rule', () => {
    const output = json([createFatalResult('/work/gone.flow.json', 'Cannot read the file: it does not exist (ENOENT).')], options)
    expect(JSON.parse(output)).toMatchObject([
      {
        messages: [{ ruleId: null, fatal: true, severity: 2, message: 'Cannot read the file: it does not exist (ENOENT).', line: 1, column: 1 }],
        errorCount: 1,
        fatalErrorCount: 1,
      },
    ])
  })

  it('never copies the source text into the report', () => {
    const result = createLintResult('/work/a.flow.json', lintFlowText('/work/a.flow.json', '[]').messages, '[]')
    expect(result.source).toBe('[]')
    expect(json([result], options)).not.toContain('source')
  })

  it('never copies the flows kept for drawings into the report', () => {
    const result = createLintResult('/work/a.flow.json', lintFlowText('/work/a.flow.json', '[]').messages, '[]', [{ document: [] }])
    expect(result.flows).toEqual([{ document: [] }])
    expect(json([result], options)).not.toContain('flows')
  })

  it('prints an empty array when no file was linted', () => {
    expect(json([], options)).toBe('[]')
  })
})
