// The recipes of docs/ci.md, run as written on a scratch git repository: the only change is that
// `npx fsflow` is the built bin, and GitHub's expressions are what GitHub would put there.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanFlow } from './flow-sources.js'
import { parsedJunit } from './junit-xml.js'
import { binPath, createTempFolder, linkBuilder, removeTempFolders, repoRoot } from './helpers.js'
import { validSarif } from './sarif-schema.js'

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})
// Each recipe runs once per describe, and its tests read what it wrote.
afterAll(removeTempFolders)

const page = readFileSync(join(repoRoot, 'docs/ci.md'), 'utf8')
const blocks = [...page.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, language = '', text = '']) => ({ language, text }))

function block(what: string, matches: (block: { language: string; text: string }) => boolean): string {
  const found = blocks.filter(matches)
  if (found.length !== 1) throw new Error(`docs/ci.md should have one ${what}, has ${String(found.length)}`)
  return found[0]!.text
}

const workflow = block('GitHub workflow', ({ language, text }) => language === 'yaml' && text.includes('runs-on:'))
const gitlabJob = block('GitLab job', ({ language, text }) => language === 'yaml' && text.includes('artifacts:'))
const hook = block('pre-commit hook', ({ language, text }) => language === 'sh' && text.startsWith('#!/bin/sh'))

/** The command as the built bin runs it, in place of the package npm would have installed. */
const asBuilt = (command: string): string => command.replaceAll('npx fsflow', `'${process.execPath}' '${binPath}'`)

const gitEnv = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' }
// npm ci reaches no registry for a project without dependencies; keep it from asking anyway.
const quietNpm = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function shell(command: string, cwd: string, env: Readonly<Record<string, string>> = {}): Run {
  const run = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv, ...quietNpm, ...env } })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv } })
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`)
}

/** A flow whose greeting goes to `end`, or to `target` when the user declines: any id but `end` is a dangling target. */
function chain(target = 'end'): string {
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
  return `${JSON.stringify(flow, null, 2)}\n`
}

/**
 * A user's project: `main` has an older broken flow (`old`), a clean one and a TypeScript flow with its
 * built JSON; cloned, as actions/checkout does, onto a branch `change` whose commit breaks the clean flow.
 */
function pullRequest(): string {
  const upstream = createTempFolder({
    '.gitignore': 'node_modules\n',
    'package.json': '{ "name": "flows", "private": true }\n',
    'package-lock.json': `${JSON.stringify({ name: 'flows', lockfileVersion: 3, requires: true, packages: { '': { name: 'flows' } } }, null, 2)}\n`,
    'flows/old.flow.json': chain('greting'),
    'flows/clean.flow.json': chain(),
    'flows/welcome.flow.ts': cleanFlow,
  })
  linkBuilder(upstream)
  expect(shell(asBuilt('npx fsflow build flows'), upstream).status).toBe(0)
  git(upstream, 'init', '-q', '-b', 'main')
  git(upstream, 'add', '-A')
  git(upstream, 'commit', '-q', '-m', 'flows')
  const cwd = createTempFolder()
  git(cwd, 'clone', '-q', upstream, '.')
  git(cwd, 'checkout', '-q', '-b', 'change')
  writeFileSync(join(cwd, 'flows/clean.flow.json'), chain('goodbye'))
  git(cwd, 'commit', '-q', '-am', 'break the clean flow')
  return cwd
}

/** After `npm ci`, what it would have installed from the registry in a user's project: the builder the TypeScript flows import. */
function install(cwd: string, command: string): void {
  if (command === 'npm ci') linkBuilder(cwd)
}

interface Step {
  if?: string
  run?: string
  uses?: string
  sarif_file?: string
}

/** The workflow's steps, each with its keys (and those of its `with:`), read line by line. */
function stepsOf(yaml: string): Step[] {
  const lines = yaml.split('\n')
  const steps: Record<string, string>[] = []
  for (const line of lines.slice(lines.findIndex((text) => /^\s*steps:\s*$/.test(text)) + 1)) {
    const item = /^\s*- ([\w-]+): (.*)$/.exec(line)
    const key = /^\s+([\w-]+): (.+)$/.exec(line)
    if (item) steps.push({ [item[1]!]: item[2]! })
    else if (key && steps.length > 0) steps[steps.length - 1]![key[1]!] = key[2]!
  }
  return steps
}

/** Whether GitHub runs a step, for the few conditions the workflow uses; any other is a failure of this test. */
function runs(condition: string | undefined, event: string, failed: boolean): boolean {
  if (condition === undefined) return !failed
  if (condition === 'always()') return true
  const comparison = /^github\.event_name (==|!=) '(\w+)'$/.exec(condition)
  if (!comparison) throw new Error(`a condition this test cannot evaluate: ${condition}`)
  return !failed && (comparison[1] === '==') === (event === comparison[2])
}

/** GitHub's expressions, as they are on a pull request into `main`; any other is a failure of this test. */
function expand(command: string): string {
  const expanded = command.replaceAll('${{ github.base_ref }}', 'main')
  if (expanded.includes('${{')) throw new Error(`an expression this test cannot expand: ${command}`)
  return expanded
}

/** Runs the workflow's `run:` steps as GitHub does on this event: in order, the rest skipped after a failure unless their `if` says otherwise. */
function runWorkflow(cwd: string, event: string): { runs: Map<string, Run>; summary: string; uploaded: string[] } {
  const summaryFile = join(createTempFolder(), 'step_summary.md')
  writeFileSync(summaryFile, '')
  const results = new Map<string, Run>()
  const uploaded: string[] = []
  let failed = false
  for (const step of stepsOf(workflow)) {
    if (!runs(step.if, event, failed)) continue
    if (step.uses?.startsWith('github/codeql-action/upload-sarif@') === true) uploaded.push(step.sarif_file ?? '')
    if (step.run === undefined) continue
    const run = shell(asBuilt(expand(step.run)), cwd, { GITHUB_STEP_SUMMARY: summaryFile })
    install(cwd, step.run)
    results.set(step.run, run)
    if (run.status !== 0) failed = true
  }
  return { runs: results, summary: readFileSync(summaryFile, 'utf8'), uploaded }
}

const lintStep = (results: Map<string, Run>): Run => {
  const lints = [...results].filter(([command]) => command.includes('fsflow lint'))
  expect(lints).toHaveLength(1)
  return lints[0]![1]
}
const annotatedFiles = (stdout: string): string[] => [...stdout.matchAll(/^::(?:error|warning) file=([^,]+),/gm)].map(([, file]) => file!)
const sarifFiles = (cwd: string, file: string): string[] =>
  (validSarif(readFileSync(join(cwd, file), 'utf8')).runs[0]!.results ?? []).map((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri!)

describe('the GitHub Actions workflow of docs/ci.md, on a pull request that breaks a flow', () => {
  let cwd = ''
  let workflowRun: ReturnType<typeof runWorkflow>
  beforeAll(() => {
    cwd = pullRequest()
    workflowRun = runWorkflow(cwd, 'pull_request')
  }, 120_000) // runs a whole CI recipe: git, npm-linked bin, several fsflow runs

  it('annotates the new problem only, and fails the lint step', () => {
    const lint = lintStep(workflowRun.runs)
    expect(lint.status).toBe(1)
    expect(annotatedFiles(lint.stdout)).toEqual(['flows/clean.flow.json'])
  })

  it('writes the summary of the new problem, with the broken flow drawn, to the job summary', () => {
    const { summary } = workflowRun
    expect(summary).toContain('flows/clean.flow.json')
    expect(summary).toContain('dangling-target')
    expect(summary).toContain('```mermaid')
    expect(summary).not.toContain('flows/old.flow.json')
  })

  it('writes valid SARIF with the new problem only, and uploads that file', () => {
    const { uploaded } = workflowRun
    expect(uploaded).toEqual(['fsflow.sarif'])
    expect(sarifFiles(cwd, 'fsflow.sarif')).toEqual(['flows/clean.flow.json'])
  })

  it('runs the build check after the failed lint, and it passes', () => {
    const { runs: results } = workflowRun
    expect(results.get('npx fsflow build flows --check')?.status).toBe(0)
    expect(results.get('npm ci')?.status).toBe(0)
  })
})

describe('the GitHub Actions workflow of docs/ci.md, on a push', () => {
  it('annotates every problem, old and new, and puts them all in the SARIF file', () => {
    const cwd = pullRequest()
    const { runs: results, uploaded } = runWorkflow(cwd, 'push')
    expect(annotatedFiles(lintStep(results).stdout)).toEqual(['flows/clean.flow.json', 'flows/old.flow.json'])
    expect(uploaded).toEqual(['fsflow.sarif'])
    expect(sarifFiles(cwd, 'fsflow.sarif')).toEqual(['flows/clean.flow.json', 'flows/old.flow.json'])
  })
})

describe('the GitLab CI job of docs/ci.md', () => {
  const script = gitlabJob
    .slice(gitlabJob.indexOf('script:'))
    .split('\n')
    .slice(1)
    .map((line) => /^\s+- (.+)$/.exec(line)?.[1])
  const commands = script.slice(0, script.indexOf(undefined)).filter((command) => command !== undefined)
  const report = (kind: string): string => {
    const path = new RegExp(`^\\s+${kind}: (\\S+)$`, 'm').exec(gitlabJob)?.[1]
    if (path === undefined) throw new Error(`the GitLab job has no ${kind} report`)
    return path
  }

  /** The script's commands in order, as GitLab runs them: the job stops at the first that fails. */
  function runJob(cwd: string): Run[] {
    const results: Run[] = []
    for (const command of commands) {
      results.push(shell(asBuilt(command), cwd))
      install(cwd, command)
      if (results.at(-1)!.status !== 0) break
    }
    return results
  }

  let cwd = ''
  let jobRuns: Run[] = []
  beforeAll(() => {
    cwd = pullRequest()
    jobRuns = runJob(cwd)
  }, 120_000) // runs a whole CI recipe: git, npm-linked bin, several fsflow runs

  it('runs every command, and only the last, the lint, fails the job', () => {
    expect(jobRuns.map((run) => run.status)).toEqual([...commands.slice(1).map(() => 0), 1])
    expect(commands.at(-1)).toMatch(/^npx fsflow lint /)
  })

  it('writes a Code Quality report of every problem', () => {
    const issues = JSON.parse(readFileSync(join(cwd, report('codequality')), 'utf8')) as { check_name: string; location: { path: string } }[]
    expect(issues.map((issue) => `${issue.location.path}: ${issue.check_name}`)).toEqual([
      'flows/clean.flow.json: dangling-target',
      'flows/old.flow.json: dangling-target',
    ])
  })

  it('writes a well-formed JUnit report with a test suite per file with problems', () => {
    const junit = parsedJunit(readFileSync(join(cwd, report('junit')), 'utf8'))
    expect(junit.testsuites.testsuite.map((suite) => suite.name)).toEqual(expect.arrayContaining(['flows/clean.flow.json', 'flows/old.flow.json']))
  })
})

describe('the pre-commit hook of docs/ci.md', () => {
  function installHook(cwd: string): string {
    const path = join(cwd, '.git/hooks/pre-commit')
    writeFileSync(path, asBuilt(hook))
    chmodSync(path, 0o755)
    linkBuilder(cwd)
    return path
  }

  it('stops a commit that stages a broken flow', () => {
    const cwd = pullRequest()
    installHook(cwd)
    writeFileSync(join(cwd, 'flows/welcome.flow.json'), chain('nowhere'))
    git(cwd, 'add', 'flows/welcome.flow.json')
    const commit = spawnSync('git', ['commit', '-q', '-m', 'break welcome'], { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv } })
    expect(commit.status).toBe(1)
    // git shows what a hook prints on its standard error.
    expect(commit.stderr).toContain('flows/welcome.flow.json')
  })

  it('exits 1 when a staged flow is broken', () => {
    const cwd = pullRequest()
    const path = installHook(cwd)
    writeFileSync(join(cwd, 'flows/welcome.flow.json'), chain('nowhere'))
    git(cwd, 'add', 'flows/welcome.flow.json')
    expect(shell(path, cwd).status).toBe(1)
  })

  it('exits 0 once the staged flow is fixed, leaving the unstaged old problem alone', () => {
    const cwd = pullRequest()
    const path = installHook(cwd)
    writeFileSync(join(cwd, 'flows/clean.flow.json'), chain())
    git(cwd, 'add', 'flows/clean.flow.json')
    expect(shell(path, cwd)).toMatchObject({ status: 0, stdout: '' })
  })

  it('exits 0 when the commit stages no flow', () => {
    const cwd = pullRequest()
    const path = installHook(cwd)
    writeFileSync(join(cwd, 'notes.md'), 'notes\n')
    git(cwd, 'add', 'notes.md')
    expect(shell(path, cwd)).toEqual({ status: 0, stdout: '', stderr: '' })
  })
})
