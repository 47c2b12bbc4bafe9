import { describe, expect, it } from 'vitest'
import { annotationsPerLevel, escapeData, escapeProperty, github } from '../../src/formatters/github.js'
import { type LintMessage, createLintResult } from '../../src/lint-result.js'
import { fixture, lintFlowText, seedFlow } from '../helpers.js'

const options = { cwd: '/repo/flows', color: false, repositoryRoot: '/repo' }

function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'empty-condition', severity: 2, message: 'a problem', line: 3, column: 5, endLine: 3, endColumn: 9, nodeId: 'welcome', path: '/1', ...overrides }
}

/** Reads a workflow command back as GitHub's runner does: properties split at `,` and `=`, then unescaped. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line)
  if (match === null) throw new Error(`not a workflow command: ${line}`)
  const unescape = (text: string): string =>
    text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%')
  const properties = Object.fromEntries(
    (match[2] ?? '').split(',').filter((pair) => pair !== '').map((pair) => {
      const equals = pair.indexOf('=')
      return [pair.slice(0, equals), unescape(pair.slice(equals + 1))]
    }),
  )
  return { command: match[1]!, properties, data: unescape(match[3]!) }
}

describe('github', () => {
  it('prints an error command with the file relative to the repository root and the whole region', () => {
    const output = github([lintFlowText('/repo/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))], options)
    const first = parseCommand(output.split('\n')[0]!)
    expect(first).toMatchObject({
      command: 'error',
      properties: { file: 'flows/dangling-target.flow.json', line: '7', col: '51', endLine: '7', endColumn: '58', title: 'fsflow dangling-target (node welcome)' },
    })
  })

  it("ends a problem's message with its rule's documentation page", () => {
    const output = github([createLintResult('/repo/a.flow.json', [message()])], options)
    expect(parseCommand(output).data).toBe('a problem\nhttps://github.com/fsflow/fsflow/blob/main/docs/rules/empty-condition.md')
  })

  it('prints a warning command for a warning', () => {
    const output = github([lintFlowText('/repo/seed.flow.json', seedFlow())], options)
    expect(output.split('\n').map((line) => parseCommand(line).command)).toEqual(['warning', 'warning'])
  })

  it('titles a problem without a rule fsflow', () => {
    const output = github([createLintResult('/repo/a.flow.ts', [message({ ruleId: null, nodeId: undefined, fatal: true })])], options)
    expect(parseCommand(output)).toMatchObject({ properties: { title: 'fsflow' }, data: 'a problem' })
  })

  it('prints nothing when there are no problems', () => {
    expect(github([createLintResult('/repo/a.flow.json', [])], options)).toBe('')
  })

  it('escapes data as the toolkit does: %, carriage returns and line feeds', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b')
  })

  it('escapes properties as the toolkit does: also colons and commas', () => {
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b')
  })

  it('keeps a hostile message, node id and file name inside their own command', () => {
    const hostile = message({ message: 'broken %0A\n::error file=x.json::injected, title=y', nodeId: 'a,b=c::d%' })
    const output = github([createLintResult('/repo/we,ird:na=me%.flow.json', [hostile])], options)
    expect(output.split('\n')).toHaveLength(1)
    expect(parseCommand(output)).toEqual({
      command: 'error',
      properties: { file: 'we,ird:na=me%.flow.json', line: '3', col: '5', endLine: '3', endColumn: '9', title: 'fsflow empty-condition (node a,b=c::d%)' },
      data: 'broken %0A\n::error file=x.json::injected, title=y\nhttps://github.com/fsflow/fsflow/blob/main/docs/rules/empty-condition.md',
    })
  })

  it('says in a last line how many problems of each level GitHub will not annotate, and where to read them', () => {
    const errors = Array.from({ length: annotationsPerLevel + 3 }, (_, index) => message({ line: index + 1, endLine: index + 1 }))
    const warnings = Array.from({ length: annotationsPerLevel + 1 }, () => message({ severity: 1 }))
    const lines = github([createLintResult('/repo/a.flow.json', [...errors, ...warnings])], options).split('\n')
    expect(lines).toHaveLength(errors.length + warnings.length + 1)
    const last = parseCommand(lines.at(-1)!)
    expect(last.command).toBe('notice')
    expect(last.data).toMatch(/3 errors and 1 warning more/)
    expect(last.data).toContain('job summary')
  })

  it('adds no last line when GitHub annotates every problem', () => {
    const errors = Array.from({ length: annotationsPerLevel }, () => message())
    const lines = github([createLintResult('/repo/a.flow.json', errors)], options).split('\n')
    expect(lines.every((line) => line.startsWith('::error '))).toBe(true)
  })
})
