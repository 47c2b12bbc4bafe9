import { join } from 'node:path'
import { createRuleSet } from '@fsflow/analyzer'
import { afterEach, describe, expect, it } from 'vitest'
import { lintFlowModule } from '../../src/flow-modules/lint-module.js'
import { ModuleLoadError } from '../../src/flow-modules/module-load-error.js'
import { buildsAtImport, cleanFlow, danglingGoto, noFlow, syntaxError, throwsAtImport, twoFlows } from '../flow-sources.js'
import {
  awaitsForever,
  awaitsForeverWhileBusy,
  callsAMissingMethod,
  exitsAtImport,
  exitsFromTimer,
  exitsLater,
  keepsRunning,
  loopsForever,
  overridesJsonParse,
  pollutesObjectPrototype,
  prints,
  tampersWithTheWorker,
  throwsFromTimer,
} from '../hostile-sources.js'
import { createFlowProject, removeTempFolders } from '../helpers.js'

afterEach(removeTempFolders)

const ruleSet = createRuleSet()

/** Lints one module, written into a new project as `a.flow.ts`. */
async function lint(source: string, options: { compile?: boolean; timeoutSeconds?: number } = {}) {
  return lintFlowModule(join(createFlowProject({ 'a.flow.ts': source }), 'a.flow.ts'), ruleSet, options)
}

async function loadFailure(source: string, options: { timeoutSeconds?: number } = {}): Promise<ModuleLoadError> {
  const failure = await lint(source, options).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(ModuleLoadError)
  return failure as ModuleLoadError
}

describe('lintFlowModule', () => {
  it('places a diagnostic on the builder call that made it: the target a goto names, on its line', async () => {
    const { source, exports } = await lint(danglingGoto)
    expect(source).toBe(danglingGoto)
    expect(exports).toHaveLength(1)
    expect(exports[0]?.messages).toEqual([
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
    expect(exports.map(({ name, messages }) => [name, messages])).toEqual([['default', []]])
  })

  it('says which export each message is about when the module exports several flows', async () => {
    const { exports } = await lint(twoFlows)
    expect(exports.map(({ name }) => name)).toEqual(['default', 'retry'])
    expect(exports[0]?.messages).toEqual([])
    expect(exports[1]?.messages.map(({ message, line, column }) => [message.slice(0, 8), line, column])).toEqual([
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
    const [diagnostic] = exports[0]?.messages ?? []
    expect(diagnostic).toMatchObject({ ruleId: 'dangling-target', line: 4, column: 14, endLine: 4, endColumn: 21 })
    expect(diagnostic?.message).toMatch(/but no node has that id; did you mean "liveness"\? \(at shared\.ts:3\)$/)
  })

  it('compiles each flow when asked, as the build writes it', async () => {
    const [clean] = (await lint(cleanFlow, { compile: true })).exports
    expect(clean?.document).toEqual(expect.arrayContaining([{ id: 'end', type: 'end' }]))
  })

  it('compiles a flow whose errors a suppression may excuse: the build writes it only once none is left', async () => {
    const [broken] = (await lint(danglingGoto, { compile: true })).exports
    expect(broken?.messages.map(({ ruleId, severity }) => [ruleId, severity])).toContainEqual(['dangling-target', 2])
    expect(broken).toHaveProperty('document')
  })

  it('holds a flow it compiles to FaceSign\'s schema, even with invalid-schema turned off', async () => {
    const source = "import { flow } from '@fsflow/builder'\n\nexport default flow().start().converse('closing', 42 as never, { doesNotRequireReply: true }).end()\n"
    const path = join(createFlowProject({ 'a.flow.ts': source }), 'a.flow.ts')
    const [linted] = (await lintFlowModule(path, createRuleSet({ rules: { 'invalid-schema': 'off' } }), { compile: true })).exports
    expect(linted).not.toHaveProperty('document')
    expect(linted?.messages.map(({ ruleId, severity, line }) => [ruleId, severity, line])).toEqual([['invalid-schema', 2, 3]])
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

describe('lintFlowModule on a module that misbehaves', () => {
  it('reports a module that calls process.exit while loading, at the line that called it', async () => {
    expect((await loadFailure(exitsAtImport)).messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: 'The module called process.exit(0) while loading', line: 3, column: 1, endLine: 3, endColumn: 16, path: '' },
    ])
  })

  it('reports a process.exit from a timer that runs while the module loads, at the timer', async () => {
    expect((await loadFailure(exitsFromTimer)).messages).toMatchObject([{ fatal: true, message: 'The module called process.exit(0) while loading', line: 3 }])
  })

  it('lints the flows of a module whose timers would end or keep the process running after it loaded', async () => {
    for (const source of [exitsLater, keepsRunning]) {
      const { exports, notices } = await lint(source)
      expect(exports.map(({ name, messages }) => [name, messages])).toEqual([['default', []]])
      expect(notices).toEqual([])
    }
  })

  it('reports a module whose top-level await never settles, without waiting for the time limit', async () => {
    const [message] = (await loadFailure(awaitsForever, { timeoutSeconds: 600 })).messages
    expect(message).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 })
    expect(message?.message).toMatch(/^The module never finished loading: /)
  })

  it('stops a module that loops forever, or awaits forever while busy, once its time limit has passed', async () => {
    for (const source of [loopsForever, awaitsForeverWhileBusy]) {
      const [message] = (await loadFailure(source, { timeoutSeconds: 0.5 })).messages
      expect(message).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 })
      expect(message?.message).toMatch(/^The module did not finish loading within 0\.5 s: /)
    }
  })

  it('warns once per stream that the module wrote to, quoting its first line with control characters escaped', async () => {
    const { exports, notices } = await lint(prints)
    expect(exports[0]?.messages).toEqual([])
    expect(notices).toEqual([
      { ruleId: null, severity: 1, message: 'The module wrote to stdout: Loading the \\u001b[31mflows\\u001b[0m… (and 1 more line)', line: 1, column: 1, endLine: 1, endColumn: 1, path: '' },
      { ruleId: null, severity: 1, message: 'The module wrote to stderr: careful: this is a flow module', line: 1, column: 1, endLine: 1, endColumn: 1, path: '' },
    ])
  })

  it('keeps a property a module adds to Object.prototype away from this process, and lints its flow all the same', async () => {
    const { exports } = await lint(pollutesObjectPrototype)
    expect(exports[0]?.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([['dangling-target', 8]])
    expect(Object.hasOwn(Object.prototype, 'foo')).toBe(false)
  })

  it('keeps a JSON.parse a module replaces away from this process and from what the gate reads: its flow is linted as built', async () => {
    const { exports } = await lint(overridesJsonParse)
    expect(exports[0]?.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([['dangling-target', 8]])
    expect(JSON.parse('[1]')).toEqual([1])
  })

  it('reports a module that throws from a callback while it loads, at the line that threw', async () => {
    expect((await loadFailure(throwsFromTimer)).messages).toMatchObject([{ fatal: true, message: 'The module threw while loading: Error: too late', line: 3 }])
  })

  it('reports a module that sends messages of its own in the place of the worker', async () => {
    const [message] = (await loadFailure(tampersWithTheWorker)).messages
    expect(message).toMatchObject({ ruleId: null, fatal: true, line: 1 })
    expect(message?.message).toMatch(/^The module tampered with fsflow's loader: /)
  })

  it("quotes the module's own line, not the code jiti ran, when it calls what is not a function", async () => {
    expect((await loadFailure(callsAMissingMethod)).messages).toMatchObject([
      { fatal: true, message: "The module threw while loading: TypeError: `.proceed('closing')` is not a function", line: 6, column: 3 },
    ])
  })
})

describe('lintFlowModule on a module that imports through tsconfig paths', () => {
  it('resolves the paths of the nearest tsconfig.json, and of the one it extends, as tsc does', async () => {
    const folder = createFlowProject({
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@shared/*': ['src/shared/*'] } } }),
      'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { strict: true } }),
      'src/shared/closing.ts': "export const closing = 'Say: Thank you, you are all set.'\n",
      'src/flows/a.flow.ts': [
        "import { flow } from '@fsflow/builder'",
        "import { closing } from '@shared/closing'",
        '',
        "export default flow().start().converse('closing', closing, { doesNotRequireReply: true }).end()",
        '',
      ].join('\n'),
    })
    const { exports } = await lintFlowModule(join(folder, 'src/flows/a.flow.ts'), ruleSet, { compile: true })
    expect(exports[0]?.document).toEqual(expect.arrayContaining([expect.objectContaining({ prompt: 'Say: Thank you, you are all set.' })]))
  })
})
