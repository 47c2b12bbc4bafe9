// End to end: modules that exit, hang, print or change their globals, linted and built beside broken
// JSON files. Whatever a module does, the run reports every file and exits as the problems say.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { LintResult } from '../src/lint-result.js'
import { cleanFlow, danglingGoto } from './flow-sources.js'
import {
  awaitsForever,
  awaitsForeverWhileBusy,
  exitsAtImport,
  exitsFromTimer,
  exitsLater,
  keepsRunning,
  loopsForever,
  overridesJsonParse,
  pollutesObjectPrototype,
  prints,
} from './hostile-sources.js'
import { binPath, createFlowProject, fixture, lintFlowText, removeTempFolders, runFsflow } from './helpers.js'

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})
afterEach(removeTempFolders)

/** Broken JSON flows: each must be reported as if it were linted alone, though the modules (in flows/) come first. */
const brokenJson: Readonly<Record<string, string>> = {
  'json/malformed.flow.json': fixture('malformed.flow.json'),
  'json/dangling-target.flow.json': fixture('dangling-target.flow.json'),
  'json/truncated.flow.json': '[{ "id": "start", "type": "start", "outcome": "end" }',
  'json/not-a-flow.flow.json': '"just a string"',
  'json/no-start.flow.json': '[{ "id": "end", "type": "end" }]',
}

/** Each result of a JSON report, by path relative to the project, with what tests compare. */
function byFile(cwd: string, report: string): Record<string, Pick<LintResult, 'errorCount' | 'fatalErrorCount' | 'warningCount' | 'messages'>> {
  const results = JSON.parse(report) as LintResult[]
  return Object.fromEntries(
    results.map(({ filePath, errorCount, fatalErrorCount, warningCount, messages }) => [
      filePath.slice(cwd.length + 1),
      { errorCount, fatalErrorCount, warningCount, messages },
    ]),
  )
}

function expectJsonFilesAsAlone(cwd: string, files: ReturnType<typeof byFile>): void {
  for (const [path, text] of Object.entries(brokenJson)) {
    const { errorCount, messages } = lintFlowText(join(cwd, path), text)
    expect(errorCount).toBeGreaterThan(0)
    // The JSON report carries each message's id, not its data.
    expect(files[path]).toMatchObject({ errorCount, messages: messages.map(({ data: _data, ...message }) => message) })
  }
}

describe('fsflow lint beside modules that misbehave', () => {
  it('reports every broken file in a whole JSON report on the standard output, whatever the modules do', () => {
    const cwd = createFlowProject({
      ...brokenJson,
      'flows/exits.flow.ts': exitsAtImport,
      'flows/exits-from-timer.flow.ts': exitsFromTimer,
      'flows/exits-later.flow.ts': exitsLater,
      'flows/keeps-running.flow.ts': keepsRunning,
      'flows/awaits-forever.flow.ts': awaitsForever,
      'flows/prints.flow.ts': prints,
      'flows/pollutes.flow.ts': pollutesObjectPrototype,
      'flows/overrides-json-parse.flow.ts': overridesJsonParse,
      'flows/dangling.flow.ts': danglingGoto,
      'flows/clean.flow.ts': cleanFlow,
    })
    const run = runFsflow(['lint', '.', '--format', 'json'], cwd)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const files = byFile(cwd, run.stdout)
    expect(Object.keys(files)).toHaveLength(15)
    expectJsonFilesAsAlone(cwd, files)

    const fatal = (path: string): string[] => (files[path]?.messages ?? []).filter(({ fatal }) => fatal === true).map(({ message }) => message)
    expect(fatal('flows/exits.flow.ts')).toEqual(['The module called process.exit(0) while loading'])
    expect(fatal('flows/exits-from-timer.flow.ts')).toEqual(['The module called process.exit(0) while loading'])
    expect(fatal('flows/awaits-forever.flow.ts')).toEqual([expect.stringMatching(/^The module never finished loading: /)])
    expect(files['flows/overrides-json-parse.flow.ts']?.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([['dangling-target', 8]])
    for (const path of ['flows/exits-later.flow.ts', 'flows/keeps-running.flow.ts', 'flows/clean.flow.ts']) {
      expect(files[path]).toMatchObject({ errorCount: 0, warningCount: 0 })
    }
    expect(files['flows/prints.flow.ts']).toMatchObject({ errorCount: 0, warningCount: 2 })
    expect(files['flows/prints.flow.ts']?.messages.map(({ message }) => message.slice(0, 27))).toEqual([
      'The module wrote to stdout:',
      'The module wrote to stderr:',
    ])
    expect(files['flows/pollutes.flow.ts']?.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([['dangling-target', 8]])
    expect(files['flows/dangling.flow.ts']?.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([['dangling-target', 6]])
  })

  it('writes the --output-file when a module exits at import', () => {
    const cwd = createFlowProject({ ...brokenJson, 'exits.flow.ts': exitsAtImport })
    const run = runFsflow(['lint', '.', '--format', 'json', '--output-file', 'reports/fsflow.json'], cwd)
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: '' })
    const files = byFile(cwd, readFileSync(join(cwd, 'reports/fsflow.json'), 'utf8'))
    expectJsonFilesAsAlone(cwd, files)
    expect(files['exits.flow.ts']).toMatchObject({ errorCount: 1, fatalErrorCount: 1 })
  })

  it('stops modules that loop or wait forever after --module-timeout, and reports the rest', () => {
    const cwd = createFlowProject({ ...brokenJson, 'loops.flow.ts': loopsForever, 'waits.flow.ts': awaitsForeverWhileBusy })
    const run = runFsflow(['lint', '.', '--format', 'json', '--module-timeout', '1'], cwd)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const files = byFile(cwd, run.stdout)
    expectJsonFilesAsAlone(cwd, files)
    for (const path of ['loops.flow.ts', 'waits.flow.ts']) {
      expect(files[path]?.messages.map(({ fatal, message }) => [fatal, message.slice(0, 48)])).toEqual([[true, 'The module did not finish loading within 1 s: it']])
    }
  })

  it('exits 0 when the only problem is a module that prints, and keeps the output out of the report', () => {
    const cwd = createFlowProject({ 'prints.flow.ts': prints })
    const run = runFsflow(['lint', '.', '--format', 'json'], cwd)
    expect(run).toMatchObject({ status: 0, stderr: '' })
    expect(byFile(cwd, run.stdout)['prints.flow.ts']).toMatchObject({ errorCount: 0, warningCount: 2 })
  })
})

describe('fsflow build beside a module that exits at import', () => {
  it('reports it, writes nothing and exits 1; and so does --check', () => {
    const cwd = createFlowProject({ 'exits.flow.ts': exitsAtImport, 'clean.flow.ts': cleanFlow })
    for (const args of [['build', '.'], ['build', '.', '--check']]) {
      const run = runFsflow(args, cwd)
      expect(run.status).toBe(1)
      expect(run.stdout).toContain('The module called process.exit(0) while loading')
      expect(existsSync(join(cwd, 'clean.flow.json'))).toBe(false)
    }
  })
})
