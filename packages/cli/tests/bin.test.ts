// End to end: the built bin, spawned as a user or a CI job runs it (`npm test` builds before vitest).
import { existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanFlow, danglingGoto, throwsAtImport, twoFlows } from './flow-sources.js'
import { binPath, createFlowProject, createTempFolder, fixture, removeTempFolders, runFsflow, seedFlow } from './helpers.js'

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})
afterEach(removeTempFolders)

interface JsonReport {
  filePath: string
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  messages: { ruleId: string | null; severity: number; line: number }[]
}

const mixedProject = (): string =>
  createTempFolder({
    'flows/recovery.flow.json': seedFlow(),
    'flows/clean.flow.json': fixture('clean.flow.json'),
    'flows/broken/dangling-target.flow.json': fixture('dangling-target.flow.json'),
    'flows/broken/malformed.flow.json': fixture('malformed.flow.json'),
    'flows/node_modules/dep/ignored.flow.json': fixture('malformed.flow.json'),
    'session.json': fixture('reply-expected.flow.json'),
  })

describe('fsflow lint, run as a command', () => {
  it('exits 0 with warnings only, as for the seed example', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow() })
    const run = runFsflow(['lint', 'recovery.flow.json'], cwd)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)')
    expect(run.stderr).toBe('')
  })

  it('exits 0 and prints nothing for a flow without problems', () => {
    const cwd = createTempFolder({ 'clean.flow.json': fixture('clean.flow.json') })
    expect(runFsflow(['lint', '.'], cwd)).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('exits 1 when a file has an error', () => {
    const cwd = createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json') })
    expect(runFsflow(['lint', '.'], cwd).status).toBe(1)
  })

  it('exits 2 for a path that matches nothing, with a message and no stack trace', () => {
    const cwd = createTempFolder()
    expect(runFsflow(['lint', 'flows/missing.flow.json'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: "fsflow: No files matching 'flows/missing.flow.json'.\n",
    })
  })

  it('lints a folder, a malformed file and a file named outright together, each once, sorted by path', () => {
    const cwd = mixedProject()
    const run = runFsflow(['lint', 'flows', 'session.json', 'flows/clean.flow.json', '--format', 'json'], cwd)
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport[]
    expect(report.map((result) => [result.filePath.slice(cwd.length + 1), result.errorCount, result.warningCount])).toEqual([
      ['flows/broken/dangling-target.flow.json', 2, 0],
      ['flows/broken/malformed.flow.json', 1, 0],
      ['flows/clean.flow.json', 0, 0],
      ['flows/recovery.flow.json', 0, 2],
      ['session.json', 0, 1],
    ])
  })

  it('reports a file that cannot be read in that file and still lints the others', () => {
    const cwd = createTempFolder({ 'a.flow.json': fixture('reply-expected.flow.json') })
    symlinkSync(join(cwd, 'nowhere.json'), join(cwd, 'gone.flow.json'))
    const run = runFsflow(['lint', 'gone.flow.json', 'a.flow.json', '-f', 'json'], cwd)
    expect(run.status).toBe(1)
    const [first, gone] = JSON.parse(run.stdout) as JsonReport[]
    expect(first).toMatchObject({ warningCount: 1 })
    expect(gone).toMatchObject({ fatalErrorCount: 1, messages: [{ ruleId: null, severity: 2, line: 1 }] })
  })

  it('lints what a glob matches', () => {
    const cwd = mixedProject()
    const run = runFsflow(['lint', 'flows/*.json', '-f', 'json'], cwd)
    expect((JSON.parse(run.stdout) as JsonReport[]).map((result) => result.filePath.slice(cwd.length + 1))).toEqual([
      'flows/clean.flow.json',
      'flows/recovery.flow.json',
    ])
    expect(run.status).toBe(0)
  })

  it('prints absolute paths in the JSON report', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow() })
    const [result] = JSON.parse(runFsflow(['lint', 'recovery.flow.json', '--format=json'], cwd).stdout) as JsonReport[]
    expect(result?.filePath).toBe(join(cwd, 'recovery.flow.json'))
  })

  it('drops warnings with --quiet', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow() })
    expect(runFsflow(['lint', '--quiet', '.'], cwd)).toEqual({ status: 0, stdout: '', stderr: '' })
    const [result] = JSON.parse(runFsflow(['lint', '--quiet', '-f', 'json', '.'], cwd).stdout) as JsonReport[]
    expect(result).toMatchObject({ warningCount: 0, messages: [] })
  })

  it('exits 1 when there are more warnings than --max-warnings, and says so on the standard error', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow() })
    const run = runFsflow(['lint', '--max-warnings', '1', '.'], cwd)
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('fsflow found too many warnings (maximum: 1).\n')
  })

  it('exits 0 when the warnings are within --max-warnings', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow() })
    expect(runFsflow(['lint', '--max-warnings', '2', '.'], cwd).status).toBe(0)
  })

  it("sets a rule's severity and options with --rule", () => {
    const cwd = createTempFolder({ 'greeting.flow.json': fixture('short-greeting.flow.json') })
    expect(runFsflow(['lint', '.'], cwd).stdout).toBe('')
    const stricter = runFsflow(['lint', '--rule', 'greeting-too-short: ["error", {"minSeconds": 6}]', '.'], cwd)
    expect(stricter.status).toBe(1)
    expect(stricter.stdout).toContain('after only 5.2s of avatar speech; video analysis needs about 6s')
  })

  it('turns rules off or down with --rule, one flag per rule', () => {
    const cwd = createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json') })
    const run = runFsflow(['lint', '--rule', 'dangling-target: off', '--rule', 'unreachable-node: warn', '.'], cwd)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('✖ 1 problem (0 errors, 1 warning)')
  })

  it('exits 2 for a bad --rule, with the message and no stack trace', () => {
    const cwd = createTempFolder({ 'a.flow.json': '[]' })
    const run = runFsflow(['lint', '--rule', 'greeting-too-short: sometimes', '.'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^fsflow: Invalid --rule: rule "greeting-too-short": severity must be/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('writes the report to --output-file, creating its folders, and prints nothing', () => {
    const cwd = createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json') })
    const run = runFsflow(['lint', '.', '--format', 'json', '--output-file', 'reports/lint/fsflow.json'], cwd)
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' })
    expect(JSON.parse(readFileSync(join(cwd, 'reports/lint/fsflow.json'), 'utf8'))).toHaveLength(1)
    expect(readdirSync(join(cwd, 'reports/lint'))).toEqual(['fsflow.json'])
  })

  it('never colours a report written to a file, even when colour is forced', () => {
    const cwd = createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json') })
    runFsflow(['lint', '.', '-o', 'report.txt'], cwd, { FORCE_COLOR: '1' })
    const report = readFileSync(join(cwd, 'report.txt'), 'utf8')
    expect(report).toContain('✖ 2 problems (2 errors, 0 warnings)')
    expect(report).not.toContain('\u001b[')
  })

  it('exits 2 when the report cannot be written', () => {
    const cwd = createTempFolder({ 'a.flow.json': '[]', 'taken/x': '' })
    const run = runFsflow(['lint', 'a.flow.json', '-o', 'taken'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^fsflow: Cannot write the report to 'taken': /)
  })

  it('colours the report only when asked to, for a pipe', () => {
    const cwd = createTempFolder({ 'a.flow.json': fixture('dangling-target.flow.json') })
    expect(runFsflow(['lint', '.'], cwd).stdout).not.toContain('\u001b[')
    expect(runFsflow(['lint', '.'], cwd, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31merror\u001b[39m')
  })

  it('exits 2 with a hint to the help for an unknown flag', () => {
    expect(runFsflow(['lint', '--fix', '.'], createTempFolder())).toEqual({
      status: 2,
      stdout: '',
      stderr: "fsflow: Unknown option '--fix'.\nRun 'fsflow --help' for usage.\n",
    })
  })

  it('prints its version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(runFsflow(['--version'], createTempFolder()).stdout).toBe(`${manifest.version}\n`)
  })
})

describe('fsflow lint on TypeScript flows, run as a command', () => {
  it("reports a dangling goto at the user's call, with a code frame of the TypeScript", () => {
    const cwd = createFlowProject({ 'flows/welcome.flow.ts': danglingGoto })
    expect(runFsflow(['lint', 'flows/welcome.flow.ts'], cwd)).toEqual({
      status: 1,
      stdout: [
        'flows/welcome.flow.ts',
        '  6:9  error  outcome "ready" of node "welcome" points to "nowhere", but no node has that id  dangling-target',
        "    5 |   .converse('welcome', 'Say: Welcome! Ready?', { outcome: 'ready', when: 'The user agrees' })",
        "  > 6 |   .goto('nowhere')",
        '      |         ^^^^^^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  it('gives the same place, the node and the pointer into the compiled flow in the JSON report', () => {
    const cwd = createFlowProject({ 'flows/welcome.flow.ts': danglingGoto })
    const [result] = JSON.parse(runFsflow(['lint', 'flows', '-f', 'json'], cwd).stdout) as JsonReport[]
    expect(result?.messages).toEqual([
      {
        ruleId: 'dangling-target',
        severity: 2,
        message: 'outcome "ready" of node "welcome" points to "nowhere", but no node has that id',
        messageId: 'dangling',
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 18,
        nodeId: 'welcome',
        path: '/1/outcomes/0/targetNodeId',
      },
    ])
  })

  it('lints a folder of JSON and TypeScript flows together, sorted by path', () => {
    const cwd = createFlowProject({
      'flows/a.flow.json': fixture('dangling-target.flow.json'),
      'flows/b.flow.ts': cleanFlow,
      'flows/c.flow.mts': twoFlows,
      'flows/d.flow.ts': throwsAtImport,
      'flows/e.ts': cleanFlow,
    })
    const run = runFsflow(['lint', 'flows', '--format', 'json'], cwd)
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport[]
    expect(report.map((result) => [result.filePath.slice(cwd.length + 1), result.errorCount, result.warningCount, result.fatalErrorCount])).toEqual([
      ['flows/a.flow.json', 2, 0, 0],
      ['flows/b.flow.ts', 0, 0, 0],
      ['flows/c.flow.mts', 0, 2, 0],
      ['flows/d.flow.ts', 1, 0, 1],
    ])
  })

  it('names the export each message is about when a module exports several flows', () => {
    const cwd = createFlowProject({ 'retry.flow.ts': twoFlows })
    const run = runFsflow(['lint', 'retry.flow.ts'], cwd)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('  8:4  warning  [retry] liveness_detection node "liveness" has no "inconclusive" outcome')
  })

  it('reports a module that throws while loading as a fatal error at its line, never a stack trace', () => {
    const cwd = createFlowProject({ 'a.flow.ts': throwsAtImport })
    const run = runFsflow(['lint', 'a.flow.ts'], cwd)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('  3:1  error  The module threw while loading: Error: the flows are not ready\n')
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  })
})
