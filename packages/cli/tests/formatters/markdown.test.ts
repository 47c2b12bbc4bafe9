import { describe, expect, it } from 'vitest'
import { markdown, markdownSummary } from '../../src/formatters/markdown/index.js'
import { markdownText } from '../../src/formatters/markdown/escape.js'
import { type LintMessage, type LintResult, createLintResult } from '../../src/lint-result.js'
import { fixture, lintFlowText, seedFlow } from '../helpers.js'

const options = { cwd: '/repo/flows', color: false, repositoryRoot: '/repo' }

/** A JSON flow's result with its document, as the JSON loader gives it. */
function withFlow(filePath: string, text: string): LintResult {
  const result = lintFlowText(filePath, text)
  return createLintResult(result.filePath, result.messages, text, [{ document: JSON.parse(text) as unknown }])
}

function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'empty-condition', severity: 1, message: 'a problem', line: 3, column: 5, endLine: 3, endColumn: 9, nodeId: 'welcome', path: '/1', ...overrides }
}

/** The cells of each table row, split at the pipes Markdown reads (not the escaped ones). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Line') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /))
}

const dangling = (): LintResult => withFlow('/repo/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))

describe('markdown', () => {
  it('says there is no problem, and in how many files', () => {
    expect(markdown([createLintResult('/repo/a.flow.json', [])], options)).toBe('## fsflow lint: ✔ no problems in 1 file')
  })

  it('opens with the totals', () => {
    const text = markdown([dangling(), lintFlowText('/repo/seed.flow.json', seedFlow()), createLintResult('/repo/c.flow.json', [])], options)
    expect(text.split('\n')[0]).toBe('## fsflow lint: ✖ 4 problems (2 errors, 2 warnings) in 2 of 3 files')
  })

  it('gives each file with problems a heading relative to the repository root and a table of its problems', () => {
    const text = markdown([dangling()], options)
    expect(text).toContain('### flows/dangling-target.flow.json\n\n2 errors, 0 warnings\n\n| Line | Severity | Rule | Node | Message |')
    expect(tableRows(text)).toEqual([
      ['7', '✖ error', '[dangling-target](https://github.com/fsflow/fsflow/blob/main/docs/rules/dangling-target.md)', 'welcome', 'outcome "ready" of node "welcome" points to "donne", but no node has that id; did you mean "done"?'],
      ['9', '✖ error', '[unreachable-node](https://github.com/fsflow/fsflow/blob/main/docs/rules/unreachable-node.md)', 'done', 'node "done" can never be reached from the start node "start"'],
    ])
  })

  it('draws the flow of a file with problems in Mermaid, folded, with its problem nodes marked', () => {
    const text = markdown([dangling()], options)
    expect(text).toContain('<details><summary>Flow of flows/dangling-target.flow.json, drawn</summary>\n\n```mermaid\nflowchart TD\n')
    expect(text).toContain('  class n1 error')
    expect(text).toContain('  class n2 unreachableError')
  })

  it('draws each flow of a module that has problems, and only those', () => {
    const flow = (end: string): unknown => [{ id: 'start', type: 'start', outcome: end }, { id: 'end', type: 'end' }]
    const result = createLintResult('/repo/a.flow.ts', [message({ message: '[second] a problem', nodeId: 'start' })], 'source', [
      { exportName: 'first', document: flow('end') },
      { exportName: 'second', document: flow('nowhere') },
    ])
    const text = markdown([result], options)
    expect(text.match(/```mermaid/g)).toHaveLength(1)
    expect(text).toContain('Flow of a.flow.ts, export second, drawn')
  })

  it('keeps hostile messages, ids and paths from breaking the table or the page', () => {
    const hostile = message({ message: 'a | b\n\n# heading <script>alert(1)</script> [x](javascript:y) `code` $x$ @team', nodeId: '|`*_[' })
    const text = markdown([createLintResult('/repo/a|b<i>`.flow.json', [hostile], 'x', [{ document: [{ id: '```', type: 'start', outcome: '</details>' }] }])], options)
    expect(tableRows(text)).toEqual([['3', '⚠ warning', '[empty-condition](https://github.com/fsflow/fsflow/blob/main/docs/rules/empty-condition.md)', markdownText('|`*_['), markdownText(hostile.message)]])
    expect(text).not.toMatch(/(?<!\\)<(script|i>)|\n# /)
    expect(text.match(/^```.*$/gm)).toEqual(['```mermaid', '```'])
    expect(text.match(/<\/?details>/g)).toEqual(['<details>', '</details>'])
  })

  it('folds each file in <details> when there are many problems', () => {
    const many = Array.from({ length: 21 }, (_, index) => message({ line: index + 1 }))
    const text = markdown([createLintResult('/repo/a.flow.json', many)], options)
    expect(text).toContain('<details><summary>a.flow.json: 0 errors, 21 warnings</summary>\n\n| Line |')
    expect(text).not.toContain('### ')
  })

  it('stays within the limit and says what it left out', () => {
    const many = Array.from({ length: 200 }, (_, index) => message({ line: index + 1, message: `problem number ${index} of a long report` }))
    const results = [dangling(), createLintResult('/repo/b.flow.json', many), createLintResult('/repo/c.flow.json', many)]
    const text = markdownSummary(results, '/repo', 8000)
    expect(text.length).toBeLessThanOrEqual(8000)
    expect(text.split('\n').at(-1)).toMatch(/^\*\*Left out\*\* to stay under GitHub's limit of 8,000 characters: the last \d+ problems of the files above; every problem of 1 more file \(c\.flow\.json\); 1 flow drawing\. /)
  })

  it('leaves drawings out before problems', () => {
    const text = markdownSummary([dangling()], '/repo', 1600)
    expect(tableRows(text)).toHaveLength(2)
    expect(text).not.toContain('```mermaid')
    expect(text).toContain('1 flow drawing')
  })

  it("keeps the largest report under GitHub's comment limit", () => {
    const many = Array.from({ length: 2000 }, (_, index) => message({ line: index + 1, message: `problem number ${index} of a long report` }))
    const text = markdown([createLintResult('/repo/b.flow.json', many)], options)
    expect(text.length).toBeLessThanOrEqual(65_536)
    expect(text).toContain('**Left out**')
  })
})
