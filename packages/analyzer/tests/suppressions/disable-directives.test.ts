import { describe, expect, it } from 'vitest'
import { type SourceComment, directiveOf, directivesOf, matchDirectives } from '@fsflow/analyzer'

/** A comment on one line, as a source gives it. */
function line(text: string, at: number, column = 3): SourceComment {
  return { kind: 'line', text, line: at, column, endLine: at, endColumn: column + text.length + 2 }
}

function block(text: string, at: number, endLine = at): SourceComment {
  return { kind: 'block', text, line: at, column: 1, endLine, endColumn: 4 + text.length }
}

describe('directiveOf', () => {
  it('reads the rules a directive names and the reason after --', () => {
    const directive = directiveOf(line(' fsflow-disable-next-line greeting-too-short, acme/consent -- the SMS keeps the camera live', 4))
    expect(directive).toMatchObject({ kind: 'disable-next-line', rules: ['greeting-too-short', 'acme/consent'], justification: 'the SMS keeps the camera live' })
  })

  it('reads a directive without rules as one about every rule', () => {
    expect(directiveOf(block(' fsflow-disable ', 1))).toMatchObject({ kind: 'disable', justification: '' })
    expect(directiveOf(block(' fsflow-disable ', 1))?.rules).toBeUndefined()
  })

  it('ignores fsflow-disable in a line comment, as ESLint ignores eslint-disable there', () => {
    expect(directiveOf(line(' fsflow-disable greeting-too-short', 1))).toBeUndefined()
  })

  it('ignores a -line directive in a block comment over several lines', () => {
    expect(directiveOf(block(' fsflow-disable-line\n greeting-too-short ', 1, 2))).toBeUndefined()
  })

  it('ignores comments that only start like a directive', () => {
    expect(directivesOf([line(' fsflow-disabled for now', 1), line(' see fsflow-disable-line', 2), line(' eslint-disable-line', 3)])).toEqual([])
  })
})

describe('matchDirectives', () => {
  it('silences the rule it names on the next line only', () => {
    const directives = directivesOf([line(' fsflow-disable-next-line greeting-too-short', 4)])
    const { suppressedBy } = matchDirectives(directives, [
      { ruleId: 'greeting-too-short', line: 5, column: 4 },
      { ruleId: 'greeting-too-short', line: 6, column: 4 },
      { ruleId: 'dangling-target', line: 5, column: 4 },
    ])
    expect(suppressedBy.map((by) => by.length)).toEqual([1, 0, 0])
  })

  it('silences every rule on its own line when it names none', () => {
    const directives = directivesOf([line(' fsflow-disable-line', 5, 40)])
    expect(matchDirectives(directives, [{ ruleId: 'dangling-target', line: 5, column: 4 }]).suppressedBy[0]).toHaveLength(1)
  })

  it('silences a range from fsflow-disable to fsflow-enable', () => {
    const directives = directivesOf([block(' fsflow-disable unreachable-node ', 3), block(' fsflow-enable unreachable-node ', 8)])
    const lines = [2, 4, 7, 9]
    const { suppressedBy } = matchDirectives(
      directives,
      lines.map((at) => ({ ruleId: 'unreachable-node', line: at, column: 4 })),
    )
    expect(suppressedBy.map((by) => by.length)).toEqual([0, 1, 1, 0])
  })

  it('takes one rule back from a range that silences every rule', () => {
    const directives = directivesOf([block(' fsflow-disable ', 1), block(' fsflow-enable dangling-target ', 2)])
    const { suppressedBy } = matchDirectives(directives, [
      { ruleId: 'dangling-target', line: 3, column: 1 },
      { ruleId: 'unreachable-node', line: 3, column: 1 },
    ])
    expect(suppressedBy.map((by) => by.length)).toEqual([0, 1])
  })

  it('reports a directive that silenced nothing, and the named rules that silenced nothing', () => {
    const directives = directivesOf([line(' fsflow-disable-next-line greeting-too-short, dangling-target', 4), line(' fsflow-disable-next-line', 9)])
    const { unused } = matchDirectives(directives, [{ ruleId: 'greeting-too-short', line: 5, column: 4 }])
    expect(unused.map(({ directive, rules }) => [directive.comment.line, rules])).toEqual([
      [4, ['dangling-target']],
      [9, undefined],
    ])
  })

  it('never reports an fsflow-enable as unused', () => {
    expect(matchDirectives(directivesOf([block(' fsflow-enable ', 1)]), []).unused).toEqual([])
  })
})
