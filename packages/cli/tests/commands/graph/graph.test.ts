// fsflow graph end to end, through main() as the bin runs it, on real flow files in temporary folders.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { danglingGoto, syntaxError, twoFlows } from '../../flow-sources.js'
import { captureContext, createFlowProject, createTempFolder, fixture, removeTempFolders, seedFlow } from '../../helpers.js'

afterEach(removeTempFolders)

async function graphIn(cwd: string, args: string[]) {
  const { context, stdout, stderr } = captureContext(cwd)
  const code = await main(['graph', ...args], context)
  return { code, stdout: stdout(), stderr: stderr() }
}

async function graph(args: string[], files: Record<string, string> = { 'flow.flow.json': fixture('dangling-target.flow.json') }) {
  return graphIn(createTempFolder(files), args)
}

/** The lines of a drawing that declare boxes of the flow (not of its legend). */
function mermaidBoxes(text: string): string[] {
  return text.split('\n').filter((line) => /^ {2,4}(f\d+)?[nm]\d+[[({>]/.test(line)).map((line) => line.trim())
}

describe('fsflow graph', () => {
  it('draws a JSON flow in Mermaid by default, with its problem nodes marked and a legend', async () => {
    const { code, stdout, stderr } = await graph(['flow.flow.json'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(mermaidBoxes(stdout)).toEqual([
      'n0(["start"])',
      'n1["✖ welcome<br/>conversation<br/>Say: Welcome! Is now a good time to…"]',
      'n2(("✖ done<br/>end"))',
      'm3>"donne<br/>no such node"]',
    ])
    expect(stdout).toContain('  class n2 unreachableError')
    expect(stdout).toContain('  subgraph legend["Legend"]')
    expect(stdout.endsWith('\n')).toBe(true)
  })

  it('draws any of the three JSON shapes', async () => {
    const flow = JSON.parse(fixture('dangling-target.flow.json')) as unknown
    const files = { 'array.json': JSON.stringify(flow), 'object.json': JSON.stringify({ flow }), 'session.json': JSON.stringify({ clientReferenceId: 'c-1', flow }) }
    const drawings = await Promise.all(Object.keys(files).map(async (file) => (await graph([file], files)).stdout))
    expect(new Set(drawings).size).toBe(1)
  })

  it('draws in DOT with --format dot', async () => {
    const { code, stdout } = await graph(['flow.flow.json', '--format', 'dot'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('digraph flow {')
    expect(stdout).toContain('subgraph cluster_legend {')
  })

  it('draws an SVG picture with --format svg', async () => {
    const { code, stdout } = await graph(['flow.flow.json', '-f', 'svg'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="no"\?>\n<!DOCTYPE svg/)
    expect(stdout).toContain('>✖ welcome</text>')
    expect(stdout.trimEnd().endsWith('</svg>')).toBe(true)
  })

  it('writes the drawing to --output-file, in the format its extension names, and prints nothing', async () => {
    const cwd = createTempFolder({ 'flow.flow.json': fixture('dangling-target.flow.json') })
    expect(await graphIn(cwd, ['flow.flow.json', '-o', 'docs/flow.svg'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(cwd, 'docs/flow.svg'), 'utf8')).toContain('<svg')
    await graphIn(cwd, ['flow.flow.json', '--output-file', 'flow.gv'])
    expect(readFileSync(join(cwd, 'flow.gv'), 'utf8')).toMatch(/^digraph flow \{/)
  })

  it('lets --format win over the extension of --output-file', async () => {
    const cwd = createTempFolder({ 'flow.flow.json': fixture('dangling-target.flow.json') })
    await graphIn(cwd, ['flow.flow.json', '--format', 'mermaid', '-o', 'flow.svg'])
    expect(readFileSync(join(cwd, 'flow.svg'), 'utf8')).toMatch(/^flowchart TD\n/)
  })

  it('marks problems with the rules of the config file and --rule, as fsflow lint finds them', async () => {
    const files = { 'flow.flow.json': seedFlow(), 'fsflow.config.json': JSON.stringify([{ rules: { 'liveness-inconclusive': 'off' } }]) }
    const marked = async (args: string[]) => mermaidBoxes((await graph(['flow.flow.json', ...args], files)).stdout).filter((line) => /[✖⚠]/.test(line))
    expect(await marked(['--no-config'])).toHaveLength(2)
    expect(await marked([])).toEqual([])
    expect(await marked(['--rule', 'liveness-inconclusive: error'])).toEqual([
      'n3[["✖ liveness_known<br/>liveness_detection"]]',
      'n5[["✖ liveness_new<br/>liveness_detection"]]',
    ])
  })

  it('does not mark what the config suppresses, as fsflow lint does not report it', async () => {
    const suppress = [{ rule: 'liveness-inconclusive', nodeId: 'liveness_known', reason: 'seed-era flow' }]
    const files = { 'flow.flow.json': seedFlow(), 'fsflow.config.json': JSON.stringify([{ suppress }]) }
    const marked = mermaidBoxes((await graph(['flow.flow.json'], files)).stdout).filter((line) => /[✖⚠]/.test(line))
    expect(marked).toEqual(['n5[["⚠ liveness_new<br/>liveness_detection"]]'])
  })
})

describe('fsflow graph on TypeScript modules', () => {
  it('draws every flow a module exports side by side, each under its name', async () => {
    const { code, stdout } = await graphIn(createFlowProject({ 'flows.flow.ts': twoFlows }), ['flows.flow.ts'])
    expect(code).toBe(0)
    expect(stdout).toContain('  subgraph g0["default export"]')
    expect(stdout).toContain('  subgraph g1["retry"]')
    expect(stdout).toContain('    f1n2[["⚠ liveness<br/>liveness_detection"]]')
  })

  it('draws only the flow --export names', async () => {
    const { code, stdout } = await graphIn(createFlowProject({ 'flows.flow.ts': twoFlows }), ['flows.flow.ts', '--export', 'retry', '-f', 'dot'])
    expect(code).toBe(0)
    expect(stdout).not.toContain('cluster_g')
    expect(stdout).toContain('<B>⚠ liveness</B>')
    expect(stdout).not.toContain('<B>closing</B>')
  })

  it('marks the node a problem of the module is about', async () => {
    const { stdout } = await graphIn(createFlowProject({ 'flow.flow.ts': danglingGoto }), ['flow.flow.ts'])
    expect(mermaidBoxes(stdout)).toContain('n1["✖ welcome<br/>conversation<br/>Say: Welcome! Ready?"]')
  })

  it("does not mark a problem that the module's fsflow-disable comment silences", async () => {
    const silenced = twoFlows.replace("  .liveness('liveness',", "  // fsflow-disable-next-line liveness-inconclusive, greeting-too-short -- retried by support\n  .liveness('liveness',")
    const { stdout } = await graphIn(createFlowProject({ 'flows.flow.ts': silenced }), ['flows.flow.ts', '--export', 'retry'])
    expect(mermaidBoxes(stdout)).toContain('n2[["liveness<br/>liveness_detection"]]')
  })

  it('exits 2 for an export the module does not have, naming the one it most likely means', async () => {
    expect(await graphIn(createFlowProject({ 'flows.flow.ts': twoFlows }), ['flows.flow.ts', '--export', 'retyr'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "fsflow: 'flows.flow.ts' exports no flow named 'retyr'; did you mean 'retry'? Its flows: default, retry.\n",
    })
  })

  it('exits 2 for a module that does not load, at the place it broke', async () => {
    expect(await graphIn(createFlowProject({ 'flow.flow.ts': syntaxError }), ['flow.flow.ts'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fsflow: flow.flow.ts:5:23: Syntax error: Unexpected token, expected ","; nothing to draw.\n',
    })
  })
})

describe('fsflow graph on bad input', () => {
  it('exits 2 for a file that does not exist', async () => {
    expect(await graph(['missing.flow.json'])).toEqual({ code: 2, stdout: '', stderr: 'fsflow: missing.flow.json: Cannot read the file: it does not exist (ENOENT).\n' })
  })

  it('exits 2 for a file that is not JSON, at the line and column where it breaks', async () => {
    expect(await graph(['bad.flow.json'], { 'bad.flow.json': fixture('malformed.flow.json') })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fsflow: bad.flow.json:3:18: invalid JSON: expected "," or a closing bracket; nothing to draw.\n',
    })
  })

  it('exits 2 for JSON that holds no flow, saying why', async () => {
    expect((await graph(['graph.json'], { 'graph.json': '{ "nodes": [], "edges": [] }' })).stderr).toBe(
      "fsflow: graph.json:1:1: flow must be an array of nodes; {nodes, edges} is not FaceSign's format; nothing to draw.\n",
    )
    expect((await graph(['text.json'], { 'text.json': '"a flow"' })).stderr).toMatch(/^fsflow: text\.json:1:1: .*; nothing to draw\.\n$/)
  })

  it('exits 2 for a format it does not have', async () => {
    expect(await graph(['flow.flow.json', '--format', 'png'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "fsflow: Option '--format' must be one of mermaid, dot, svg; got 'png'.\nRun 'fsflow --help' for usage.\n",
    })
  })

  it('exits 2 for no file, or more than one', async () => {
    expect((await graph([])).stderr).toBe("fsflow: No flow to draw: name a flow file, as in fsflow graph flows/recovery.flow.ts.\nRun 'fsflow --help' for usage.\n")
    expect((await graph(['a.json', 'b.json'])).stderr).toBe("fsflow: fsflow graph draws one file; got 2: a.json, b.json.\nRun 'fsflow --help' for usage.\n")
  })

  it('exits 2 for --export on a JSON file', async () => {
    expect((await graph(['flow.flow.json', '--export', 'retry'])).code).toBe(2)
  })

  it('exits 2 at once for an output file that cannot be written, even under /proc', async () => {
    const run = await graph(['flow.flow.json', '-o', '/proc/fsflow-no-such-process/flow.svg'])
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toMatch(/^fsflow: Cannot write the drawing to '\/proc\/fsflow-no-such-process\/flow\.svg': ENOENT/)
    expect(existsSync('/proc/fsflow-no-such-process')).toBe(false)
  })
})
