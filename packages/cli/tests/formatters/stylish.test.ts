import { describe, expect, it } from 'vitest'
import { stylish } from '../../src/formatters/stylish.js'
import { createFatalResult, withErrorsOnly } from '../../src/lint-result.js'
import { fixture, lintFlowText, seedFlow } from '../helpers.js'

const options = { cwd: '/work', color: false }

describe('stylish formatter', () => {
  it('prints nothing when there are no problems', () => {
    expect(stylish([lintFlowText('/work/flows/clean.flow.json', fixture('clean.flow.json'))], options)).toBe('')
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

  it('aligns line numbers to the right and columns to the left, as ESLint does', () => {
    const output = stylish([lintFlowText('/work/recovery.flow.json', seedFlow())], options)
    const positions = output.split('\n').filter((line) => /^ {2}[ \d]+:\d+/.test(line))
    expect(positions.map((line) => line.slice(0, 16))).toEqual(['  37:19  warning', '  63:19  warning'])
  })

  it('says "problem" for one problem', () => {
    const output = stylish([lintFlowText('/work/reply.flow.json', fixture('reply-expected.flow.json'))], options)
    expect(output.split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 1 warning)')
  })

  it('counts problems across files and skips files without problems', () => {
    const output = stylish(
      [
        lintFlowText('/work/a/clean.flow.json', fixture('clean.flow.json')),
        lintFlowText('/work/b/dangling.flow.json', fixture('dangling-target.flow.json')),
        lintFlowText('/work/c/reply.flow.json', fixture('reply-expected.flow.json')),
      ],
      options,
    )
    expect(output).not.toContain('clean.flow.json')
    expect(output.split('\n').filter((line) => line.endsWith('.flow.json'))).toEqual(['b/dangling.flow.json', 'c/reply.flow.json'])
    expect(output.split('\n').at(-1)).toBe('✖ 3 problems (2 errors, 1 warning)')
  })

  it('prints a file that could not be read with its message and no code', () => {
    const output = stylish([createFatalResult('/work/gone.flow.json', 'Cannot read the file: it does not exist (ENOENT).')], options)
    expect(output).toBe(['gone.flow.json', '  1:1  error  Cannot read the file: it does not exist (ENOENT)', '', '✖ 1 problem (1 error, 0 warnings)'].join('\n'))
  })

  it('prints only errors when given results without warnings (--quiet)', () => {
    const results = [lintFlowText('/work/recovery.flow.json', seedFlow())].map(withErrorsOnly)
    expect(stylish(results, options)).toBe('')
  })

  it('shows a path outside the working folder relative to it', () => {
    const output = stylish([lintFlowText('/elsewhere/reply.flow.json', fixture('reply-expected.flow.json'))], options)
    expect(output.split('\n')[0]).toBe('../elsewhere/reply.flow.json')
  })

  it('uses no escape codes without colour, and colours severities, path and count with it', () => {
    const results = [lintFlowText('/work/flows/dangling-target.flow.json', fixture('dangling-target.flow.json'))]
    expect(stylish(results, options)).not.toContain('\u001b[')
    const coloured = stylish(results, { ...options, color: true })
    expect(coloured).toContain('\u001b[4mflows/dangling-target.flow.json\u001b[24m')
    expect(coloured).toContain('\u001b[31merror\u001b[39m')
    expect(coloured).toContain('\u001b[31m✖ 2 problems (2 errors, 0 warnings)\u001b[39m')
  })
})
