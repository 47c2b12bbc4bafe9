import { describe, expect, it } from 'vitest'
import { stylish } from '../../src/formatters/stylish.js'
import { type LintMessage, createLintResult } from '../../src/lint-result.js'
import { fixture, lintFlowText } from '../helpers.js'

const options = { cwd: '/work', color: false }

/** A file with a node whose id is `id`, and `count` errors that quote the id, each on the node. */
function reportAbout(id: string, count: number): string {
  const source = `[\n  {"id": ${JSON.stringify(id)}, "type": "end"}\n]\n`
  const messages = Array.from({ length: count }, (_, i): LintMessage => ({
    ruleId: 'dangling-target',
    severity: 2,
    message: `outcome ${i} of node "${id}" points to no node.`,
    line: 2,
    column: 10,
    endLine: 2,
    endColumn: 12 + id.length,
    nodeId: id,
    path: '/0/id',
  }))
  return stylish([createLintResult('/work/flow.flow.json', messages, source)], options)
}

describe('stylish', () => {
  it('prints a report about a 100 KB node id with 2,000 errors in proportion to the report, not to the id', () => {
    const output = reportAbout('a'.repeat(100_000), 2000)
    expect(output.split('\n').filter((line) => line.includes('dangling-target'))).toHaveLength(2000)
    expect(output.length).toBeLessThan(2000 * 1000)
  })

  it('prints a report about a 1 MB node id', () => {
    // 300 rows of over 2 MB each (message and padding) would pass the longest string V8 can make.
    expect(reportAbout('a'.repeat(1_000_000), 300).length).toBeLessThan(300 * 1000)
  })

  it('prints each problem under its file, with the lines it is about and a count', () => {
    expect(stylish([lintFlowText('/work/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))], options)).toBe(
      [
        'flows/dangling-target.flow.json',
        '  7:51  error  outcome "ready" of node "welcome" points to "donne", but no node has that id; did you mean "done"?  dangling-target',
        '    6 |     "prompt": "Say: Welcome! Is now a good time to verify your identity?",',
        '  > 7 |     "outcomes": [{ "id": "ready", "targetNodeId": "donne", "condition": "The user agrees" }]',
        '      |                                                   ^^^^^^^',
        '',
        '  9:3   error  node "done" can never be reached from the start node "start"                                        unreachable-node',
        '    8 |   },',
        '  > 9 |   { "id": "done", "type": "end" }',
        '      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
      ].join('\n'),
    )
  })

  it('cuts a long id in a message with "…", keeping its start and its end', () => {
    const output = reportAbout(`start${'a'.repeat(1000)}end`, 1)
    expect(output).toMatch(/"startaaa+…a+end"/u)
  })

  it('cuts a long message of short words with "…"', () => {
    const output = reportAbout('a '.repeat(50_000), 1)
    const row = output.split('\n').find((line) => line.includes('dangling-target'))
    expect(row?.length).toBeLessThan(500)
    expect(row).toContain('…')
  })

  it('does not pad the other rows to a message that was cut', () => {
    const messages = ['short', 'b '.repeat(1000)].map((message): LintMessage => ({
      ruleId: 'unreachable-node',
      severity: 1,
      message,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      path: '',
    }))
    const output = stylish([createLintResult('/work/flow.flow.json', messages)], options)
    expect(output).toContain('warning  short  unreachable-node')
  })

  it('prints a line feed in a node id as a symbol, so that the id cannot forge a summary line', () => {
    const output = reportAbout('x\n✔ 0 problems', 1)
    expect(output.split('\n')).not.toContain('✔ 0 problems')
    expect(output).toContain('x␊✔ 0 problems')
  })

  it('prints no escape character from the file, so that the file cannot send ANSI sequences to the terminal', () => {
    const output = reportAbout('x\u001b[2J\u009b31m', 1)
    expect(output).not.toContain('\u001b')
    expect(output).not.toContain('\u009b')
    expect(output).toContain('x␛[2J�31m')
  })

  it('prints the path of a file whose name holds a line feed on one line', () => {
    const messages = [{ ruleId: 'r', severity: 2 as const, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, path: '' }]
    const output = stylish([createLintResult('/work/a\nb.flow.json', messages)], options)
    expect(output.split('\n')[0]).toBe('a␊b.flow.json')
  })

  it('prints 300,000 messages of one file', () => {
    const messages = Array.from({ length: 300_000 }, (_, i): LintMessage => ({
      ruleId: 'unreachable-node',
      severity: 1,
      message: `node "n${i}" is unreachable`,
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
      path: `/${i}`,
    }))
    const output = stylish([createLintResult('/work/flow.flow.json', messages)], options)
    expect(output.endsWith('✖ 300000 problems (0 errors, 300000 warnings)')).toBe(true)
  })
})
