// Every format through the built CLI, on the repository's examples and on broken flows: each report
// is read back as its consumer reads it (SARIF against the official schema and by the SARIF
// Multitool, JUnit as XML, GitLab's and ESLint's JSON, GitHub's workflow commands) and counts the
// same problems as the JSON report.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { danglingGoto, throwsAtImport, twoFlows } from './flow-sources.js'
import { binPath, createFlowProject, createTempFolder, fixture, removeTempFolders, repoRoot, runFsflow } from './helpers.js'
import { parsedJunit } from './junit-xml.js'
import { multitoolFolder, validSarif } from './sarif-schema.js'

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})
afterAll(removeTempFolders)

/** A git repository (a `.git` folder is all fsflow looks for) with the flows under `flows/`. */
function repository(files: Readonly<Record<string, string>>): string {
  const root = createFlowProject(Object.fromEntries(Object.entries(files).map(([path, text]) => [`flows/${path}`, text])))
  mkdirSync(join(root, '.git'))
  return root
}

function examplesRepository(): string {
  const root = repository({})
  const examples = join(repoRoot, 'examples')
  mkdirSync(join(root, 'flows'))
  for (const name of readdirSync(examples).filter((file) => /\.flow\.(json|ts)$/.test(file))) copyFileSync(join(examples, name), join(root, 'flows', name))
  return root
}

/** Broken JSON flows only: quicker to lint than modules, for what does not depend on the kind of file. */
function jsonRepository(): string {
  return repository({ 'dangling-target.flow.json': fixture('dangling-target.flow.json'), 'reply-expected.flow.json': fixture('reply-expected.flow.json') })
}

function brokenRepository(): string {
  const root = repository({
    'dangling-target.flow.json': fixture('dangling-target.flow.json'),
    'malformed.flow.json': fixture('malformed.flow.json'),
    'reply-expected.flow.json': fixture('reply-expected.flow.json'),
    'clean.flow.json': fixture('clean.flow.json'),
    'goto.flow.ts': danglingGoto,
    'two.flow.ts': twoFlows,
    'throws.flow.ts': throwsAtImport,
  })
  symlinkSync(join(root, 'flows/missing.flow.json'), join(root, 'flows/gone.flow.json'))
  return root
}

interface JsonResult {
  filePath: string
  messages: { severity: number }[]
}

/** Every SARIF report the CLI wrote in these tests, for the Multitool. */
const sarifReports: string[] = []

const repositories: Readonly<Record<string, () => string>> = { examples: examplesRepository, 'broken flows': brokenRepository }

/** The reports of one run that writes every format, as a CI job would: the stylish one printed. */
function reportsOf(root: string): { status: number | null; stdout: string; read: (format: string) => string } {
  const formats = ['json', 'sarif', 'github', 'markdown', 'gitlab', 'junit']
  const run = runFsflow(['lint', 'flows', ...formats.flatMap((format) => ['--format', `${format}:reports/${format}`])], root)
  return { ...run, read: (format) => readFileSync(join(root, 'reports', format), 'utf8') }
}

const reportsByRepository = Object.fromEntries(Object.entries(repositories).map(([name, make]) => [name, reportsOf(make())]))

describe.each(Object.entries(reportsByRepository))('every format on %s', (_name, reports) => {
  const results = JSON.parse(reports.read('json')) as JsonResult[]
  const messages = results.flatMap((result) => result.messages)
  const errors = messages.filter((message) => message.severity === 2).length

  it('exits 1 when there are errors, 0 otherwise', () => {
    expect(reports.status).toBe(errors > 0 ? 1 : 0)
  })

  it('writes SARIF that follows the 2.1.0 schema, with one result per problem, in files relative to the repository', () => {
    const text = reports.read('sarif')
    sarifReports.push(text)
    const [run] = validSarif(text).runs
    expect(run!.results).toHaveLength(messages.length)
    for (const result of run!.results!) expect(result.locations![0]!.physicalLocation!.artifactLocation).toMatchObject({ uri: expect.stringMatching(/^flows\//) as unknown, uriBaseId: '%SRCROOT%' })
    expect(run!.tool.driver.rules!.length).toBeGreaterThanOrEqual(19)
  })

  it('prints a GitHub workflow command for each problem', () => {
    const lines = reports.read('github').split('\n').filter((line) => line !== '')
    expect(lines.filter((line) => /^::(error|warning) file=flows\//.test(line))).toHaveLength(messages.length)
    expect(lines.every((line) => line.startsWith('::'))).toBe(true)
  })

  it('writes a Markdown summary that counts every problem', () => {
    const text = reports.read('markdown')
    expect(text).toMatch(messages.length === 0 ? /^## fsflow lint: ✔ no problems/ : new RegExp(`^## fsflow lint: [✖⚠] ${messages.length} problems? `))
    expect(text.length).toBeLessThanOrEqual(65_536)
  })

  it('writes a GitLab Code Quality report with one uniquely fingerprinted issue per problem', () => {
    const issues = JSON.parse(reports.read('gitlab')) as { fingerprint: string; location: { path: string } }[]
    expect(issues).toHaveLength(messages.length)
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
    expect(issues.every((issue) => issue.location.path.startsWith('flows/'))).toBe(true)
  })

  it('writes well-formed JUnit XML with a suite per file and a failure per problem', () => {
    const suites = parsedJunit(reports.read('junit')).testsuites.testsuite
    expect(suites).toHaveLength(results.length)
    expect(suites.reduce((sum, suite) => sum + Number(suite.failures), 0)).toBe(messages.length)
  })
})

describe('the broken flows, drawn', () => {
  it('draws each flow with problems in the Markdown summary, including each export of a module with problems', () => {
    const text = reportsByRepository['broken flows']!.read('markdown')
    expect(text.match(/^<details><summary>Flow of .*, drawn<\/summary>$/gm)).toEqual([
      '<details><summary>Flow of flows/dangling-target.flow.json, drawn</summary>',
      '<details><summary>Flow of flows/goto.flow.ts, drawn</summary>',
      '<details><summary>Flow of flows/reply-expected.flow.json, drawn</summary>',
      '<details><summary>Flow of flows/two.flow.ts, export retry, drawn</summary>',
    ])
  })
})

describe('several reports in one run', () => {
  it('prints one format and writes each other to its file, relative to the working folder', () => {
    const root = jsonRepository()
    const run = runFsflow(['lint', 'flows', '--format', 'github', '--format', 'sarif:reports/fsflow.sarif', '-f', 'junit:reports/junit.xml', '-f', 'gitlab:gl.json'], root)
    expect(run.status).toBe(1)
    expect(run.stdout.split('\n')[0]).toMatch(/^::error file=flows\//)
    const sarif = readFileSync(join(root, 'reports/fsflow.sarif'), 'utf8')
    sarifReports.push(sarif)
    expect(validSarif(sarif).runs[0]!.results!.length).toBeGreaterThan(0)
    expect(parsedJunit(readFileSync(join(root, 'reports/junit.xml'), 'utf8')).testsuites.testsuite.length).toBeGreaterThan(0)
    expect(JSON.parse(readFileSync(join(root, 'gl.json'), 'utf8'))).toHaveLength(run.stdout.split('\n').filter((line) => /^::(error|warning) /.test(line)).length)
  })

  it('makes paths relative to the repository root when run from a folder inside it', () => {
    const root = jsonRepository()
    const run = runFsflow(['lint', '.', '--format', 'github'], join(root, 'flows'))
    expect(run.stdout.split('\n')[0]).toMatch(/^::error file=flows\/dangling-target\.flow\.json,/)
  })

  it('prints nothing when every format names its file', () => {
    const root = jsonRepository()
    const run = runFsflow(['lint', 'flows', '--format', 'sarif:fsflow.sarif'], root)
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' })
    sarifReports.push(readFileSync(join(root, 'fsflow.sarif'), 'utf8'))
  })

  it('refuses two formats for the standard output, before linting anything', () => {
    const run = runFsflow(['lint', 'flows', '--format', 'github', '--format', 'stylish'], jsonRepository())
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^fsflow: Only one --format can go to the standard output/)
  })
})

describe('the job summary on GitHub Actions', () => {
  it('appends the Markdown summary to the file GITHUB_STEP_SUMMARY names, after what earlier steps wrote', () => {
    const root = jsonRepository()
    const summary = join(root, 'summary.md')
    writeFileSync(summary, '# Earlier step\n')
    const run = runFsflow(['lint', 'flows', '--format', 'github'], root, { GITHUB_STEP_SUMMARY: summary })
    const markdown = runFsflow(['lint', 'flows', '--format', 'markdown'], root).stdout
    expect(run.status).toBe(1)
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${markdown}`)
  })

  it('writes no summary for the other formats', () => {
    const root = jsonRepository()
    const summary = join(root, 'summary.md')
    runFsflow(['lint', 'flows', '--format', 'sarif:a.sarif'], root, { GITHUB_STEP_SUMMARY: summary })
    expect(existsSync(summary)).toBe(false)
    sarifReports.push(readFileSync(join(root, 'a.sarif'), 'utf8'))
  })

  it('exits 2 when the summary cannot be written', () => {
    const root = jsonRepository()
    const run = runFsflow(['lint', 'flows', '--format', 'github'], root, { GITHUB_STEP_SUMMARY: join(root, 'no/such/folder/summary.md') })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^fsflow: Cannot write the job summary to GITHUB_STEP_SUMMARY/)
  }, 20_000)
})

/** Why the SARIF Multitool cannot run here, if it cannot. */
function multitoolProblem(): string | undefined {
  const binary = join(multitoolFolder, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool')
  if (!existsSync(binary)) return `no Multitool binary at ${binary}`
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8' })
  if (run.error !== undefined) return `the Multitool does not start: ${run.error.message}`
  if (run.status !== 0) return `the Multitool exits ${String(run.status)}: ${run.stderr.split('\n')[0] ?? ''}`
  return undefined
}

const unavailable = multitoolProblem()

describe('the SARIF Multitool', () => {
  it.skipIf(unavailable !== undefined)(`validates every SARIF report above, with its SARIF and GitHub rules, finding nothing${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`, () => {
    expect(sarifReports.length).toBeGreaterThanOrEqual(5)
    const folder = createTempFolder(Object.fromEntries(sarifReports.map((text, index) => [`report-${index}.sarif`, text])))
    const binary = join(multitoolFolder, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool')
    const files = sarifReports.map((_text, index) => join(folder, `report-${index}.sarif`))
    const output = join(folder, 'validation.sarif')
    const run = spawnSync(binary, ['validate', ...files, '--output', output, '--rule-kind', 'Sarif;Gh', '--log', 'ForceOverwrite'], { encoding: 'utf8' })
    expect(run.status, run.stdout).toBe(0)
    const validation = validSarif(readFileSync(output, 'utf8')).runs[0]!
    const findings = (validation.results ?? []).map((result) => `${result.ruleId ?? ''}: ${result.message.text ?? JSON.stringify(result.message.arguments)}`)
    expect(findings.join('\n')).toBe('')
    expect(validation.invocations?.[0]?.executionSuccessful).toBe(true)
  })
})
