// End to end: `fsflow build` spawned as a user or a CI job runs it, on projects with @fsflow/builder installed.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanFlow, danglingGoto, noFlow, throwsAtImport, twoFlows } from './flow-sources.js'
import { binPath, createFlowProject, removeTempFolders, runFsflow, treeOf } from './helpers.js'

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: build first (npx tsc -b)`)
})
afterEach(removeTempFolders)

const read = (cwd: string, path: string): string => readFileSync(join(cwd, path), 'utf8')

/** Every file under a folder, relative to it, sorted; node_modules left out. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort()
}

const cleanFlowJson = `[
  {
    "id": "start",
    "type": "start",
    "outcome": "welcome"
  },
  {
    "id": "welcome",
    "type": "conversation",
    "prompt": "Say: Welcome! Is now a good time to verify your identity?",
    "outcomes": [
      {
        "id": "ready",
        "condition": "The user agrees",
        "targetNodeId": "closing"
      }
    ]
  },
  {
    "id": "closing",
    "type": "conversation",
    "prompt": "Say: Thank you, you are all set.",
    "doesNotRequireReply": true,
    "outcomes": [
      {
        "id": "done",
        "condition": "",
        "targetNodeId": "end"
      }
    ]
  },
  {
    "id": "end",
    "type": "end"
  }
]
`

describe('fsflow build', () => {
  it("writes each flow's JSON beside its module: two-space indent, the builder's key order, a final newline", () => {
    const cwd = createFlowProject({ 'flows/welcome.flow.ts': cleanFlow })
    const run = runFsflow(['build', 'flows'], cwd)
    expect(run).toEqual({ status: 0, stdout: 'flows/welcome.flow.ts → flows/welcome.flow.json\n', stderr: '' })
    expect(read(cwd, 'flows/welcome.flow.json')).toBe(cleanFlowJson)
  })

  it('names the JSON of a named export after it, and prints warnings without failing', () => {
    const cwd = createFlowProject({ 'retry.flow.ts': twoFlows })
    const run = runFsflow(['build', 'retry.flow.ts'], cwd)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)\n')
    expect(run.stdout).toContain('retry.flow.ts → retry.flow.json\nretry.flow.ts → retry.retry.flow.json\n')
    expect(filesUnder(cwd)).toEqual(['retry.flow.json', 'retry.flow.ts', 'retry.retry.flow.json'])
  })

  it('writes the same bytes on every run', () => {
    const cwd = createFlowProject({ 'a.flow.ts': twoFlows, 'b.flow.mts': cleanFlow })
    runFsflow(['build', '.'], cwd)
    const first = ['a.flow.json', 'a.retry.flow.json', 'b.flow.json'].map((path) => read(cwd, path))
    expect(runFsflow(['build', '.'], cwd).status).toBe(0)
    expect(['a.flow.json', 'a.retry.flow.json', 'b.flow.json'].map((path) => read(cwd, path))).toEqual(first)
  })

  it('keeps the layout under the folder named in --out-dir, and puts a file named outright at the top', () => {
    const cwd = createFlowProject({ 'flows/kyc/onboarding.flow.ts': cleanFlow, 'flows/login.flow.ts': cleanFlow, 'extra/one.flow.ts': cleanFlow })
    const run = runFsflow(['build', 'flows', 'extra/one.flow.ts', '--out-dir', 'dist/flows'], cwd)
    expect(run.status).toBe(0)
    expect(filesUnder(join(cwd, 'dist'))).toEqual(['flows/kyc/onboarding.flow.json', 'flows/login.flow.json', 'flows/one.flow.json'])
    expect(existsSync(join(cwd, 'flows/login.flow.json'))).toBe(false)
  })

  it("writes nothing at all when a flow has an error, and reports it at the user's call", () => {
    const cwd = createFlowProject({ 'flows/a.flow.ts': cleanFlow, 'flows/broken.flow.ts': danglingGoto })
    const run = runFsflow(['build', 'flows', '--out-dir', 'out'], cwd)
    expect(run).toEqual({
      status: 1,
      stdout: [
        'flows/broken.flow.ts',
        '  6:9  error  outcome "ready" of node "welcome" points to "nowhere", but no node has that id  dangling-target',
        "    5 |   .converse('welcome', 'Say: Welcome! Ready?', { outcome: 'ready', when: 'The user agrees' })",
        "  > 6 |   .goto('nowhere')",
        '      |         ^^^^^^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
      stderr: 'fsflow build failed: the flows have errors, so nothing was written.\n',
    })
    expect(filesUnder(cwd)).toEqual(['flows/a.flow.ts', 'flows/broken.flow.ts'])
  })

  it('fails on a warning that --rule makes an error, and builds a flow whose only error --rule turns off', () => {
    const cwd = createFlowProject({ 'retry.flow.ts': twoFlows, 'broken.flow.ts': danglingGoto })
    expect(runFsflow(['build', 'retry.flow.ts', '--rule', 'liveness-inconclusive: error'], cwd).status).toBe(1)
    expect(runFsflow(['build', 'broken.flow.ts', '--rule', 'dangling-target: off'], cwd)).toMatchObject({ status: 0, stderr: '' })
    expect(read(cwd, 'broken.flow.json')).toContain('"targetNodeId": "nowhere"')
  })

  it('reports a module that throws and one that exports no flow, each in its file, and still checks the others', () => {
    const cwd = createFlowProject({ 'a.flow.ts': throwsAtImport, 'b.flow.ts': noFlow, 'c.flow.ts': danglingGoto, 'd.flow.ts': cleanFlow })
    const run = runFsflow(['build', '.'], cwd)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('a.flow.ts\n  3:1  error  The module threw while loading: Error: the flows are not ready\n')
    expect(run.stdout).toContain('b.flow.ts\n  1:1  error  The module exports no flow: export a flow made with flow() or a session made with session(), from @fsflow/builder\n')
    expect(run.stdout).toContain('c.flow.ts\n  6:9  error')
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(cwd, 'd.flow.json'))).toBe(false)
  })

  it('exits 2 when two modules would write the same file, before writing either', () => {
    const cwd = createFlowProject({ 'a/x.flow.ts': cleanFlow, 'b/x.flow.ts': cleanFlow })
    expect(runFsflow(['build', 'a/x.flow.ts', 'b/x.flow.ts', '--out-dir', 'out'], cwd)).toEqual({
      status: 2,
      stdout: '',
      stderr: "fsflow: 'a/x.flow.ts' and 'b/x.flow.ts' would both write 'out/x.flow.json'; rename one, or build them to different --out-dir folders.\n",
    })
    expect(existsSync(join(cwd, 'out'))).toBe(false)
  })
})

describe('fsflow build, with exports that cannot name a file', () => {
  const exportedAs = (name: string): string => `${cleanFlow.replace('export default', 'const welcome =')}export { welcome as ${name} }\n`

  it('refuses an export whose name would write outside --out-dir, at the export, and writes nothing', () => {
    const cwd = createFlowProject({ 'flows/a.flow.ts': exportedAs('"/../../../escaped"'), 'flows/b.flow.ts': cleanFlow })
    const run = runFsflow(['build', 'flows', '--out-dir', 'out/deep'], cwd)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('flows/a.flow.ts\n  8:21  error  export "/../../../escaped" cannot be built: its name holds "/"')
    expect(filesUnder(cwd)).toEqual(['flows/a.flow.ts', 'flows/b.flow.ts'])
  })

  it('refuses an export whose name holds a line break', () => {
    const cwd = createFlowProject({ 'a.flow.ts': exportedAs('"two\\nlines"') })
    const run = runFsflow(['build', 'a.flow.ts'], cwd)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('error  export "two\\nlines" cannot be built: its name holds "\\n"')
    expect(filesUnder(cwd)).toEqual(['a.flow.ts'])
  })
})

describe('fsflow build, when the disk says no', () => {
  const twelveModules = (): Record<string, string> =>
    Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`flows/${index < 10 ? 'a' : 'z'}/m${String(index)}.flow.ts`, cleanFlow]))

  it('leaves --out-dir byte for byte as it was, and lists nothing as written, when a file stands where a folder of it should be', () => {
    const cwd = createFlowProject({ ...twelveModules(), 'out/a/m3.flow.json': 'old\n', 'out/z': 'a file, not a folder' })
    const before = treeOf(join(cwd, 'out'))
    const run = runFsflow(['build', 'flows', '--out-dir', 'out'], cwd)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^fsflow: Cannot write 'out\/z\/m10\.flow\.json': .*; nothing was written\.\n$/)
    expect(treeOf(join(cwd, 'out'))).toEqual(before)
  })

  it('leaves every file beside its module as it was when one of them cannot be written', () => {
    const cwd = createFlowProject({ ...twelveModules(), 'flows/a/m3.flow.json': 'old\n', 'flows/z/m11.flow.json/inside.txt': 'a folder, not a file' })
    const before = treeOf(join(cwd, 'flows'))
    expect(runFsflow(['build', 'flows'], cwd)).toMatchObject({ status: 2, stdout: '' })
    expect(treeOf(join(cwd, 'flows'))).toEqual(before)
  })

  it('writes a JSON file whose name has 255 characters', () => {
    const name = 'x'.repeat(243)
    const cwd = createFlowProject({ 'a.flow.ts': cleanFlow.replace('export default', `export const ${name} =`) })
    expect(runFsflow(['build', 'a.flow.ts', '--out-dir', 'out'], cwd).status).toBe(0)
    expect(readdirSync(join(cwd, 'out'))).toEqual([`a.${name}.flow.json`])
  })
})

describe('fsflow build --check', () => {
  const built = (): string => {
    const cwd = createFlowProject({ 'flows/a.flow.ts': cleanFlow, 'flows/retry.flow.ts': twoFlows })
    runFsflow(['build', 'flows'], cwd)
    return cwd
  }

  it('exits 0 when every JSON file is what the build writes, and writes nothing', () => {
    const cwd = built()
    const before = filesUnder(cwd)
    const run = runFsflow(['build', 'flows', '--check'], cwd)
    expect(run).toMatchObject({ status: 0, stderr: '' })
    expect(run.stdout.endsWith('3 JSON files are up to date.\n')).toBe(true)
    expect(filesUnder(cwd)).toEqual(before)
  })

  it('lists stale and missing files and exits 1, writing nothing', () => {
    const cwd = built()
    writeFileSync(join(cwd, 'flows/a.flow.json'), read(cwd, 'flows/a.flow.json').replace('all set', 'all done'))
    rmSync(join(cwd, 'flows/retry.retry.flow.json'))
    const run = runFsflow(['build', 'flows', '--check'], cwd)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('stale: flows/a.flow.json (from flows/a.flow.ts)\nmissing: flows/retry.retry.flow.json (from flows/retry.flow.ts)\n')
    expect(run.stderr).toBe('fsflow build --check: 2 of 3 JSON files are not what fsflow build writes; run it without --check.\n')
    expect(existsSync(join(cwd, 'flows/retry.retry.flow.json'))).toBe(false)
  })

  it('counts a file that differs only in formatting as stale: it compares bytes', () => {
    const cwd = built()
    writeFileSync(join(cwd, 'flows/a.flow.json'), `${JSON.stringify(JSON.parse(read(cwd, 'flows/a.flow.json')))}\n`)
    expect(runFsflow(['build', 'flows/a.flow.ts', '--check'], cwd)).toMatchObject({ status: 1, stdout: 'stale: flows/a.flow.json (from flows/a.flow.ts)\n' })
  })

  it('checks JSON files under --out-dir', () => {
    const cwd = createFlowProject({ 'flows/a.flow.ts': cleanFlow })
    expect(runFsflow(['build', 'flows', '--check', '--out-dir', 'dist'], cwd)).toMatchObject({ status: 1, stdout: 'missing: dist/a.flow.json (from flows/a.flow.ts)\n' })
    runFsflow(['build', 'flows', '--out-dir', 'dist'], cwd)
    expect(runFsflow(['build', 'flows', '--check', '--out-dir', 'dist'], cwd)).toMatchObject({ status: 0, stdout: '1 JSON file is up to date.\n' })
  })
})
