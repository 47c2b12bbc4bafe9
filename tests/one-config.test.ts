// The "done when": a repository with legacy JSON flows under its own naming, one config file
// (files patterns, two suppressions with reasons, a custom rule from docs/custom-rules.md; and an
// fsflow-disable comment in a TypeScript flow), and
// fsflow lint, fsflow build and ESLint agreeing on what is reported.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromConfig } from '../packages/eslint-plugin/src/index.js'

const root = join(import.meta.dirname, '..')
const bin = join(root, 'packages/cli/dist/bin.js')
let repo = ''

const config = `import { defineConfig } from '@fsflow/analyzer'
import acme from './rules/plugin.js'

export default defineConfig(
  { ignores: ['flows/generated/'] },
  { plugins: { acme }, rules: { 'acme/consent-before-video': 'error' } },
  {
    name: 'legacy',
    files: ['flows/legacy/*.json'],
    rules: { 'greeting-too-short': ['warn', { minSeconds: 6 }] },
    suppress: [
      { rule: 'liveness-inconclusive', nodeId: 'liveness_known', reason: 'Seed-era flow; FaceSign routes inconclusive for us until the rewrite (ticket 101)' },
      { rule: 'liveness-inconclusive', nodeId: 'liveness_new', reason: 'Same as liveness_known (ticket 101)' },
    ],
  },
)
`

const signup = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity before you sign up. It only takes a few seconds. Ready?')
  .recognize('recognition', {
    recognized: (path) => path.converse('known', 'Say: Welcome back! You already have an account.', { doesNotRequireReply: true }).end(),
    newUser: 'closing',
    noFace: 'closing',
  })
  .converse('closing', "Say: You're all set!", { doesNotRequireReply: true })
  .end()
`

// A short greeting the team accepts, silenced where it is with its reason.
const kiosk = `import { flow } from '@fsflow/builder'

export default flow()
  .start()
  .converse('consent', 'Say: Do you consent to a quick video check?')
  // fsflow-disable-next-line greeting-too-short -- the kiosk attendant greets each visitor first
  .recognize('recognition', {
    recognized: (path) => path.converse('known', 'Say: Welcome back!', { doesNotRequireReply: true }).end(),
    newUser: 'closing',
    noFace: 'closing',
  })
  .converse('closing', "Say: You're all set!", { doesNotRequireReply: true })
  .end()
`

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true })
  writeFileSync(join(repo, path), text)
}

function link(name: string, target: string): void {
  mkdirSync(dirname(join(repo, 'node_modules', name)), { recursive: true })
  symlinkSync(target, join(repo, 'node_modules', name), 'dir')
}

function fsflow(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeAll(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'fsflow-one-config-')))
  mkdirSync(join(repo, '.git'))
  link('@fsflow/analyzer', join(root, 'packages/analyzer'))
  link('@fsflow/builder', join(root, 'packages/builder'))
  link('zod', realpathSync(join(root, 'node_modules/zod')))
  write('fsflow.config.ts', config)
  mkdirSync(join(repo, 'rules'))
  for (const file of ['consent-before-video.ts', 'plugin.ts']) copyFileSync(join(root, 'examples/custom-rules', file), join(repo, 'rules', file))
  write('flows/legacy/login.json', readFileSync(join(root, 'examples/account-recovery.flow.json'), 'utf8'))
  write('flows/legacy/consent.json', readFileSync(join(root, 'examples/custom-rules/flows/with-consent.json'), 'utf8'))
  write('flows/generated/login.json', '{ not even JSON')
  write('flows/signup.flow.ts', signup)
  write('flows/kiosk.flow.ts', kiosk)
})

afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
})

interface Reported {
  filePath: string
  messages: { ruleId: string | null; line: number; column: number }[]
  suppressedMessages?: { ruleId: string; nodeId?: string; suppressions: { kind: string; justification: string }[] }[]
}

/** `file rule line:column`, sorted: what the three entry points must agree on. */
function problems(results: readonly Reported[]): string[] {
  return results.flatMap(({ filePath, messages }) => messages.map(({ ruleId, line, column }) => `${relative(repo, filePath)} ${ruleId ?? ''} ${line}:${column}`)).sort()
}

describe('one config, three entry points', () => {
  it('fsflow lint finds the legacy flows by the config\'s files, skips the ignored ones, runs the custom rule and honours both suppressions', () => {
    const run = fsflow('lint', 'flows', '--format', 'json')
    expect(run.stderr).toBe('')
    const results = JSON.parse(run.stdout) as Reported[]
    expect(problems(results)).toEqual(['flows/legacy/login.json acme/consent-before-video 25:5', 'flows/signup.flow.ts acme/consent-before-video 6:4'])
    const silenced = results.flatMap(({ filePath, suppressedMessages = [] }) =>
      suppressedMessages.map(({ ruleId, nodeId, suppressions }) => [relative(repo, filePath), ruleId, nodeId, suppressions.map(({ kind }) => kind)]),
    )
    expect(silenced).toEqual([
      ['flows/kiosk.flow.ts', 'greeting-too-short', 'recognition', ['directive']],
      ['flows/legacy/login.json', 'liveness-inconclusive', 'liveness_known', ['config']],
      ['flows/legacy/login.json', 'liveness-inconclusive', 'liveness_new', ['config']],
    ])
    expect(run.status).toBe(1)
  })

  it('fsflow build reports the custom rule on the TypeScript flow, and writes nothing', () => {
    const run = fsflow('build', 'flows')
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/6:4\s+error\s+recognition node "recognition" can be reached without a consent conversation first.*acme\/consent-before-video/)
    expect(run.stdout).not.toContain('kiosk.flow.ts')
  })

  it('ESLint, given the same config through fromConfig, reports the same problems at the same places', async () => {
    const fsflowConfig = ((await import(pathToFileURL(join(repo, 'fsflow.config.ts')).href)) as { default: unknown }).default
    const linter = new Linter({ configType: 'flat', cwd: repo })
    const eslintConfig = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...fromConfig(fsflowConfig)]
    const files = ['flows/legacy/login.json', 'flows/legacy/consent.json', 'flows/signup.flow.ts', 'flows/kiosk.flow.ts']
    const results = files.map((file) => {
      const messages = linter.verify(readFileSync(join(repo, file), 'utf8'), eslintConfig, join(repo, file))
      return { filePath: join(repo, file), messages: messages.map((message) => ({ ...message, ruleId: message.ruleId?.replace(/^fsflow\//, '') ?? null })) }
    })
    expect(problems(results)).toEqual(problems(JSON.parse(fsflow('lint', 'flows', '--format', 'json').stdout) as Reported[]))
  })

  it('--print-config shows both suppressions with their reasons and config file', () => {
    const run = fsflow('lint', '--print-config', 'flows/legacy/login.json')
    expect(run.status).toBe(0)
    const printed = JSON.parse(run.stdout) as { rules: Record<string, unknown>; plugins: string[]; suppress: unknown[] }
    expect(printed.rules['acme/consent-before-video']).toEqual([2, { keywords: ['consent'] }])
    expect(printed.rules['greeting-too-short']).toEqual([1, { minSeconds: 6 }])
    expect(printed.plugins).toEqual(['acme:fsflow-plugin-acme@1.0.0'])
    expect(printed.suppress).toEqual([
      { rule: 'liveness-inconclusive', nodeId: 'liveness_known', reason: 'Seed-era flow; FaceSign routes inconclusive for us until the rewrite (ticket 101)', configFile: 'fsflow.config.ts' },
      { rule: 'liveness-inconclusive', nodeId: 'liveness_new', reason: 'Same as liveness_known (ticket 101)', configFile: 'fsflow.config.ts' },
    ])
  })
})
