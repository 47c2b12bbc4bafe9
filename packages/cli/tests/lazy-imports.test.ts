// Linting JSON must stay fast to start: it never loads typescript, ts-morph or jiti, which only the
// loaders of TS flows may import, lazily, nor starts the worker a TS flow runs in. A module hook fails
// any import of them.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanFlow, danglingGoto } from './flow-sources.js'
import { createFlowProject, createTempFolder, fixture, removeTempFolders, runFsflow, seedFlow } from './helpers.js'

afterEach(removeTempFolders)

const register = fileURLToPath(new URL('fixtures/no-typescript/register.mjs', import.meta.url))
const packageFolder = fileURLToPath(new URL('..', import.meta.url))

describe('fsflow lint on JSON flows', () => {
  it('never imports typescript, ts-morph or jiti, nor worker threads, nor Graphviz, in any format', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow(), 'a.flow.json': fixture('dangling-target.flow.json') })
    const env = { FSFLOW_FORBIDDEN_IMPORTS: 'typescript|ts-morph|jiti|node:worker_threads|@viz-js/viz' }
    const toFiles = ['json', 'sarif', 'markdown', 'gitlab', 'junit'].flatMap((format) => ['--format', `${format}:reports/${format}`])
    for (const formats of [['--format', 'stylish'], ['--format', 'github', ...toFiles]]) {
      const run = runFsflow(['lint', '.', ...formats], cwd, env, ['--import', register])
      expect(run.stderr).toBe('')
      expect(run.status).toBe(1)
    }
  })

  it('never imports typescript, ts-morph or jiti to load a JSON or JavaScript config file', () => {
    const env = { FSFLOW_FORBIDDEN_IMPORTS: 'typescript|ts-morph|jiti|node:worker_threads' }
    const rules = { 'greeting-too-short': 'off' }
    const configs = {
      'fsflow.config.json': JSON.stringify([{ files: ['flows/*.json'], rules }]),
      'fsflow.config.mjs': `export default [{ files: ['flows/*.json'], rules: ${JSON.stringify(rules)} }]`,
    }
    for (const [name, text] of Object.entries(configs)) {
      const cwd = createTempFolder({ [name]: text, 'flows/login.json': fixture('dangling-target.flow.json') })
      const run = runFsflow(['lint', 'flows'], cwd, env, ['--import', register])
      expect(run.stderr).toBe('')
      expect(run.stdout).toContain('dangling-target')
      expect(run.status).toBe(1)
    }
  })

  it('runs under hooks that do fail an import of a TypeScript toolchain', () => {
    const run = spawnSync(process.execPath, ['--import', register, '--input-type=module', '-e', "await import('ts-morph')"], {
      cwd: packageFolder,
      encoding: 'utf8',
    })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('a TypeScript toolchain was imported: ts-morph')
  })
})

describe('fsflow graph', () => {
  it('loads Graphviz only to draw an SVG, and no TypeScript toolchain for a JSON flow', () => {
    const cwd = createTempFolder({ 'recovery.flow.json': seedFlow() })
    const env = { FSFLOW_FORBIDDEN_IMPORTS: 'typescript|ts-morph|jiti|node:worker_threads|@viz-js/viz' }
    for (const format of ['mermaid', 'dot']) {
      expect(runFsflow(['graph', 'recovery.flow.json', '--format', format], cwd, env, ['--import', register])).toMatchObject({ status: 0, stderr: '' })
    }
    const svg = runFsflow(['graph', 'recovery.flow.json', '--format', 'svg'], cwd, env, ['--import', register])
    expect(svg.status).toBe(2)
    expect(svg.stderr).toContain('@viz-js/viz')
  })
})

describe('fsflow lint and build on TypeScript flows', () => {
  it('never import ts-morph or typescript for modules without problems: only placing a problem needs them', () => {
    const cwd = createFlowProject({ 'welcome.flow.ts': cleanFlow })
    const env = { FSFLOW_FORBIDDEN_IMPORTS: 'typescript|ts-morph' }
    expect(runFsflow(['lint', 'welcome.flow.ts'], cwd, env, ['--import', register])).toEqual({ status: 0, stdout: '', stderr: '' })
    expect(runFsflow(['build', 'welcome.flow.ts'], cwd, env, ['--import', register])).toMatchObject({ status: 0, stderr: '' })
  })

  it('place each problem on the line of its call when ts-morph, an optional peer dependency, is not installed', () => {
    const cwd = createFlowProject({ 'welcome.flow.ts': danglingGoto })
    const run = runFsflow(['lint', 'welcome.flow.ts', '--format', 'json'], cwd, { FSFLOW_MISSING_IMPORTS: 'ts-morph', FSFLOW_FORBIDDEN_IMPORTS: 'typescript' }, ['--import', register])
    expect(run.status).toBe(1)
    const [result] = JSON.parse(run.stdout) as [{ messages: { ruleId: string; line: number }[] }]
    expect(result.messages).toMatchObject([{ ruleId: 'dangling-target', line: 6 }])
  })
})
