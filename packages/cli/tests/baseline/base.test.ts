// `fsflow lint --base <ref>` on real git repositories made in a temporary folder.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFlowProject, createTempFolder, removeTempFolders, runFsflow } from '../helpers.js'

afterEach(removeTempFolders)

interface JsonReport {
  filePath: string
  messages: { ruleId: string | null; nodeId?: string; line: number }[]
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  })
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`)
  return run.stdout
}

function write(cwd: string, path: string, text: string): void {
  mkdirSync(dirname(join(cwd, path)), { recursive: true })
  writeFileSync(join(cwd, path), text)
}

/** A flow whose greeting goes to `end`, or to `target` when the user declines: any other id than `end` is one dangling target. */
function chain(target = 'end', pretty = true): string {
  const flow = [
    { id: 'start', type: 'start', outcome: 'greeting' },
    {
      id: 'greeting',
      type: 'conversation',
      prompt: 'Say: Hello there, welcome back. Shall we continue?',
      outcomes: [
        { id: 'yes', condition: 'The user agrees', targetNodeId: 'end' },
        { id: 'no', condition: 'The user declines', targetNodeId: target },
      ],
    },
    { id: 'end', type: 'end' },
  ]
  return `${JSON.stringify(flow, null, pretty ? 2 : undefined)}\n`
}

/** A repository whose first commit (tag `base`) has one flow with an old problem (a dangling target). */
function repository(): string {
  const cwd = createTempFolder({})
  git(cwd, 'init', '-q', '-b', 'main')
  write(cwd, 'flows/old.flow.json', chain('greting'))
  write(cwd, 'flows/clean.flow.json', chain())
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '-m', 'first')
  git(cwd, 'tag', 'base')
  return cwd
}

function lintJson(cwd: string, ...args: string[]): { status: number | null; report: JsonReport[]; stderr: string } {
  const run = runFsflow(['lint', 'flows', '--format', 'json', ...args], cwd)
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport[], stderr: run.stderr }
}

const problemsOf = (report: JsonReport[]): string[] =>
  report.flatMap((result) => result.messages.map((message) => `${result.filePath.split('/flows/')[1]!}: ${message.ruleId!}`))

describe('fsflow lint --base', () => {
  it('reports a problem the work tree adds, and not the one the commit had already', () => {
    const cwd = repository()
    write(cwd, 'flows/clean.flow.json', chain('closing'))
    const { status, report, stderr } = lintJson(cwd, '--base', 'base')
    expect(problemsOf(report)).toEqual(['clean.flow.json: dangling-target'])
    expect(status).toBe(1)
    expect(stderr).toMatch(/compared with base \([0-9a-f]{12}\): 1 existing problem not reported; fixes 0 problems/)
  })

  it('exits 0 when the only problems are old ones', () => {
    const cwd = repository()
    const { status, report } = lintJson(cwd, '--base', 'base')
    expect(problemsOf(report)).toEqual([])
    expect(status).toBe(0)
  })

  it('keeps an old problem old when its flow is reformatted and moved down the file', () => {
    const cwd = repository()
    write(cwd, 'flows/old.flow.json', `\n\n\n${chain('greting', false)}`)
    const { report } = lintJson(cwd, '--base', 'base')
    expect(problemsOf(report)).toEqual([])
  })

  it('counts the problems the change fixed', () => {
    const cwd = repository()
    write(cwd, 'flows/old.flow.json', chain())
    const { stderr } = lintJson(cwd, '--base', 'base')
    expect(stderr).toContain('0 existing problems not reported; fixes 1 problem.')
  })

  it('follows a renamed file to its old name, so its old problems stay old', () => {
    const cwd = repository()
    mkdirSync(join(cwd, 'flows/legacy'))
    renameSync(join(cwd, 'flows/old.flow.json'), join(cwd, 'flows/legacy/renamed.flow.json'))
    git(cwd, 'add', '-A')
    const { report } = lintJson(cwd, '--base', 'base')
    expect(problemsOf(report)).toEqual([])
  })

  it('reports every problem of a file the change added', () => {
    const cwd = repository()
    write(cwd, 'flows/new.flow.json', chain('nowhere'))
    const { report } = lintJson(cwd, '--base', 'base')
    expect(problemsOf(report)).toEqual(['new.flow.json: dangling-target'])
  })

  it('reads the files from git without touching the work tree or the index', () => {
    const cwd = repository()
    write(cwd, 'flows/clean.flow.json', chain('closing'))
    git(cwd, 'add', 'flows/clean.flow.json')
    const status = git(cwd, 'status', '--porcelain')
    lintJson(cwd, '--base', 'base')
    expect(git(cwd, 'status', '--porcelain')).toBe(status)
    expect(readFileSync(join(cwd, 'flows/clean.flow.json'), 'utf8')).toBe(chain('closing'))
  })

  it('compares a TypeScript flow with its past version, which imports the builder', () => {
    const flowModule = (target: string): string =>
      [
        "import { flow } from '@fsflow/builder'",
        'export default flow()',
        '  .start()',
        `  .converse('greeting', 'Say: Hello there, welcome back to the service.', { doesNotRequireReply: true })`,
        `  .goto('${target}')`,
        '',
      ].join('\n')
    const cwd = createFlowProject({ 'flows/login.flow.ts': flowModule('nowhere'), '.gitignore': 'node_modules\n' })
    git(cwd, 'init', '-q', '-b', 'main')
    git(cwd, 'add', '-A')
    git(cwd, 'commit', '-q', '-m', 'first')
    write(cwd, 'flows/login.flow.ts', `// moved down a line\n${flowModule('nowhere')}`)
    expect(problemsOf(lintJson(cwd, '--base', 'HEAD').report)).toEqual([])
    write(cwd, 'flows/login.flow.ts', flowModule('elsewhere'))
    expect(problemsOf(lintJson(cwd, '--base', 'HEAD').report)).toEqual(['login.flow.ts: dangling-target'])
  })

  it('stops with exit 2 and says what to do when the ref does not exist', () => {
    const cwd = repository()
    const run = runFsflow(['lint', 'flows', '--base', 'origin/nope'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("--base 'origin/nope': git knows no commit, branch or tag of that name here")
  })

  it('stops with exit 2 outside a git repository', () => {
    const cwd = createTempFolder({ 'flows/a.flow.json': chain() })
    const run = runFsflow(['lint', 'flows', '--base', 'main'], cwd)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('is not in a git repository')
  })
})
