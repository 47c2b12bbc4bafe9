import { join } from 'node:path'
import { createRuleSet } from '@fsflow/analyzer'
import { afterEach, describe, expect, it } from 'vitest'
import { lintFlowModule } from '../../src/flow-modules/lint-module.js'
import { ModuleLoadError } from '../../src/flow-modules/module-load-error.js'
import { buildsAtImport, cleanFlow, danglingGoto, noFlow, syntaxError, throwsAtImport, twoFlows } from '../flow-sources.js'
import { createFlowProject, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

const ruleSet = createRuleSet()

/** Lints one module, written into a new project as `a.flow.ts`. */
async function lint(source: string, options: { compile?: boolean } = {}) {
  return lintFlowModule(join(createFlowProject({ 'a.flow.ts': source }), 'a.flow.ts'), ruleSet, options)
}

async function loadFailure(source: string): Promise<ModuleLoadError> {
  const failure = await lint(source).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(ModuleLoadError)
  return failure as ModuleLoadError
}

describe('lintFlowModule', () => {
  it('places a diagnostic on the builder call that made it: the target a goto names, on its line', async () => {
    const { source, exports } = await lint(danglingGoto)
    expect(source).toBe(danglingGoto)
    expect(exports).toHaveLength(1)
    expect(exports[0]?.diagnostics).toEqual([
      {
        ruleId: 'dangling-target',
        severity: 2,
        message: 'outcome "ready" of node "welcome" points to "nowhere", but no node has that id',
        messageId: 'dangling',
        data: { outcome: 'ready', id: 'welcome', target: 'nowhere' },
        nodeId: 'welcome',
        path: '/1/outcomes/0/targetNodeId',
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 18,
      },
    ])
  })

  it('finds nothing in a clean flow, exported as the default', async () => {
    const { exports } = await lint(cleanFlow)
    expect(exports.map(({ name, diagnostics }) => [name, diagnostics])).toEqual([['default', []]])
  })

  it('says which export each message is about when the module exports several flows', async () => {
    const { exports } = await lint(twoFlows)
    expect(exports.map(({ name }) => name)).toEqual(['default', 'retry'])
    expect(exports[0]?.diagnostics).toEqual([])
    expect(exports[1]?.diagnostics.map(({ message, line, column }) => [message.slice(0, 8), line, column])).toEqual([
      ['[retry] ', 8, 4],
      ['[retry] ', 8, 4],
    ])
  })

  it('places a problem made by a call in another module at the export, naming the file and line of the call', async () => {
    const folder = createFlowProject({
      'shared.ts': "import type { Path } from '@fsflow/builder'\n\nexport const retry = (path: Path) => path.converse('retry', 'Say: Once more.').goto('livenes')\n",
      'a.flow.ts': [
        "import { flow } from '@fsflow/builder'",
        "import { retry } from './shared.js'",
        '',
        'export const checked = flow()',
        '  .start()',
        "  .converse('greeting', 'Say: Hi! Please look at the camera for a few seconds while I check it is you.')",
        "  .liveness('liveness', { livenessDetected: 'next', otherwise: retry })",
        '  .end()',
        '',
      ].join('\n'),
    })
    const { exports } = await lintFlowModule(join(folder, 'a.flow.ts'), ruleSet)
    const [diagnostic] = exports[0]?.diagnostics ?? []
    expect(diagnostic).toMatchObject({ ruleId: 'dangling-target', line: 4, column: 14, endLine: 4, endColumn: 21 })
    expect(diagnostic?.message).toMatch(/but no node has that id \(at shared\.ts:3\)$/)
  })

  it('compiles each flow without errors when asked, as the build writes it', async () => {
    const [clean] = (await lint(cleanFlow, { compile: true })).exports
    expect(clean?.document).toEqual(expect.arrayContaining([{ id: 'end', type: 'end' }]))
    const [broken] = (await lint(danglingGoto, { compile: true })).exports
    expect(broken).not.toHaveProperty('document')
  })

  it('does not compile when not asked', async () => {
    expect((await lint(cleanFlow)).exports[0]).not.toHaveProperty('document')
  })

  it('reports a module that throws at the line that threw, as one fatal error with no rule', async () => {
    const failure = await loadFailure(throwsAtImport)
    expect(failure.source).toBe(throwsAtImport)
    expect(failure.messages).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: 'The module threw while loading: Error: the flows are not ready',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 43,
        path: '',
      },
    ])
  })

  it('reports a FlowBuildError thrown while loading at the builder call it names, with its rule', async () => {
    const failure = await loadFailure(buildsAtImport)
    expect(failure.messages).toMatchObject([{ ruleId: 'dangling-target', fatal: true, severity: 2, line: 6, column: 4 }])
    expect(failure.messages[0]?.message).toMatch(/^The module threw a FlowBuildError while loading: outcome "done" of node "welcome"/)
  })

  it('reports a syntax error where the parser stopped', async () => {
    expect((await loadFailure(syntaxError)).messages).toMatchObject([
      { ruleId: null, fatal: true, message: 'Syntax error: Unexpected token, expected ","', line: 5, column: 23, endLine: 5, endColumn: 24 },
    ])
  })

  it('reports a module it imports that does not parse, naming the file and where its parser stopped', async () => {
    const folder = createFlowProject({ 'shared.ts': 'export const a = (\n', 'a.flow.ts': `import { flow } from '@fsflow/builder'\nimport { a } from './shared.js'\n\nexport default [flow, a]\n` })
    const failure = await lintFlowModule(join(folder, 'a.flow.ts'), ruleSet).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ModuleLoadError)
    expect((failure as ModuleLoadError).messages).toMatchObject([{ ruleId: null, fatal: true, message: 'Syntax error in shared.ts:2:1: Unexpected token', line: 1 }])
  })

  it('finds the line that threw in a file whose path has spaces', async () => {
    const folder = createFlowProject({ 'my flows/a.flow.ts': throwsAtImport })
    const failure = await lintFlowModule(join(folder, 'my flows/a.flow.ts'), ruleSet).catch((error: unknown) => error)
    expect((failure as ModuleLoadError).messages).toMatchObject([{ line: 3, column: 1 }])
  })

  it('reports a module that exports no flow', async () => {
    const [message] = (await loadFailure(noFlow)).messages
    expect(message).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 })
    expect(message?.message).toMatch(/^The module exports no flow: /)
  })

  it('lets the error of a file that cannot be read through, for the caller to describe', async () => {
    const folder = createFlowProject()
    await expect(lintFlowModule(join(folder, 'missing.flow.ts'), ruleSet)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
