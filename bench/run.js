// fsflow benchmark: `npm run bench` (builds first). See docs/performance.md.
//
// For flows of 1,000 to 1,000,000 nodes (generated into bench/.data/ on first use) it measures
//  1. in one process per size (bench/inprocess.js): JSON.parse of the file's text, the analyzer
//     (`analyzeFlow` on the parsed value: schema, graph and every rule) and `locatePointers` (the JSON source's locator);
//  2. whole processes: `fsflow lint <file> --format json` against a floor process that only reads
//     and parses the file (bench/floor.js), wall time and peak memory (max RSS, /usr/bin/time).
// Each flow is measured twice: pretty-printed and minified (`JSON.stringify` without indent, one
// line), with the same targets. Then stress flows (a 40,000-node chain with a typo, 100,000 nodes
// with one dangling target, a 200,000-node loop where every node is `no-path-to-end`), in both
// layouts, and a scaling check: the analyzer and locating at 2n nodes within 2.2× the time at n.
// It prints tables and checks the targets. It is a benchmark, not a test: it exits 0 whether
// targets are met or not, and 1 only when something crashed.
//
// Options: --sizes 1000,10000  --runs <n> (every size)  --no-process  --regenerate
//          --layouts pretty,minified  --no-stress  --no-scaling
//          --scaling 50000,500000 (n of each n → 2n pair; 500,000 only when --sizes has 1,000,000)

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { writeFlowFile, writeStressFile } from './generate.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = join(root, 'bench', '.data')
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js')
const floor = join(root, 'bench', 'floor.js')
const inprocess = join(root, 'bench', 'inprocess.js')
const generator = join(root, 'bench', 'generate.js')
const timeCommand = '/usr/bin/time'

/** Runs per size: in-process (after `warmup` untimed runs) and whole processes (after one warm-up each). */
const plan = {
  1_000: { warmup: 40, inprocess: 21, process: 9 },
  10_000: { warmup: 10, inprocess: 15, process: 7 },
  100_000: { warmup: 2, inprocess: 9, process: 5 },
  500_000: { warmup: 1, inprocess: 3, process: 3 },
  1_000_000: { warmup: 1, inprocess: 3, process: 3 },
}
const targetSize = 100_000
const targets = { analyzer: 2, process: 3, memory: 3, scaling: 2.2 }
/** Stress flows and their sizes (see bench/generate.js). */
const stress = { 'chain-typo': 40_000, 'one-dangling': 100_000, loop: 200_000 }
const stressRuns = { warmup: 1, inprocess: 3, process: 2 }

const args = process.argv.slice(2)
const option = (name) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const sizes = (option('--sizes') ?? Object.keys(plan).join(',')).split(',').map(Number)
const runsOverride = option('--runs') === undefined ? undefined : Number(option('--runs'))
const withProcess = !args.includes('--no-process')
const regenerate = args.includes('--regenerate')
const layouts = (option('--layouts') ?? 'pretty,minified').split(',')
const withStress = !args.includes('--no-stress')
const scalingSizes = args.includes('--no-scaling')
  ? []
  : (option('--scaling') ?? '50000,500000')
      .split(',')
      .map(Number)
      .filter((n) => option('--scaling') !== undefined || n < 500_000 || sizes.includes(1_000_000))

let crashed = false

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function flowFile(size, layout, stressName) {
  const name = stressName === undefined ? `flow-${size}` : `${stressName}-${size}`
  const file = join(dataDir, `${name}${layout === 'minified' ? '.min' : ''}.json`)
  const stale = !existsSync(file) || statSync(file).mtimeMs < statSync(generator).mtimeMs
  if (regenerate || stale) {
    const start = performance.now()
    if (stressName === undefined) writeFlowFile(size, file, layout === 'minified')
    else writeStressFile(stressName, size, file, layout === 'minified')
    console.error(`generated ${file} (${mb(statSync(file).size)} MB) in ${Math.round(performance.now() - start)} ms`)
  }
  return file
}

function measureInProcess(file, runs, warmup) {
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', inprocess, file, String(runs), String(warmup)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  if (result.status !== 0) {
    crashed = true
    console.error(`in-process run on ${file} failed (${result.signal ?? `exit ${result.status}`}):\n${result.stderr}`)
    return undefined
  }
  return JSON.parse(result.stdout)
}

/** One timed process: wall milliseconds (measured here) and max RSS in MB (/usr/bin/time %M, in KB). */
function timedProcess(command, scratch) {
  const report = join(scratch, 'time.txt')
  const start = performance.now()
  const result = spawnSync(timeCommand, ['-f', '%e %M', '-o', report, process.execPath, ...command], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  const wall = performance.now() - start
  // GNU time writes "Command exited with non-zero status N" first when the command fails.
  const lines = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n') : []
  const [elapsed, maxRss] = (lines.at(-1) ?? '').split(' ').map(Number)
  // `fsflow lint` exits 1 on lint errors, which the generated flows have on purpose.
  const ok = result.status === 0 || result.status === 1
  return { ok, status: result.status, stderr: result.stderr, wall, elapsed: elapsed * 1000, rss: maxRss / 1024 }
}

function measureProcesses(file, runs) {
  const scratch = mkdtempSync(join(tmpdir(), 'fsflow-bench-'))
  try {
    const floorRuns = []
    const lintRuns = []
    for (let i = 0; i <= runs; i++) {
      // Alternate, so that both see the same machine; the first round warms the file cache.
      const f = timedProcess([floor, file], scratch)
      const l = timedProcess([bin, 'lint', file, '--format', 'json'], scratch)
      for (const [name, run] of [['floor', f], ['lint', l]]) {
        if (!run.ok) {
          crashed = true
          console.error(`${name} process on ${file} failed (status ${run.status}):\n${run.stderr}`)
          return undefined
        }
      }
      if (i > 0) {
        floorRuns.push(f)
        lintRuns.push(l)
      }
    }
    const summary = (list) => ({
      wall: median(list.map((r) => r.wall)),
      elapsed: median(list.map((r) => r.elapsed)),
      rss: median(list.map((r) => r.rss)),
      walls: list.map((r) => Math.round(r.wall)),
    })
    // Ratios per round (a floor run and a lint run next to each other), then their median.
    const ratio = (key) => median(lintRuns.map((l, i) => l[key] / floorRuns[i][key]))
    return { floor: summary(floorRuns), lint: summary(lintRuns), timeRatio: ratio('wall'), rssRatio: ratio('rss') }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(1)
}

function fixed(value, digits = 0) {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits)
}

// ---------------------------------------------------------------------------------------------

const hasCli = existsSync(bin)
if (withProcess && !hasCli) console.error(`${bin} does not exist yet (build packages/cli): skipping the process part`)

console.log(`fsflow bench: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} MB RAM, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)

/** Measures one flow file: in-process, and (unless --no-process) whole processes. */
function measure(label, file, runs) {
  console.error(`${label}: in-process (${runsOverride ?? runs.inprocess} runs)…`)
  const inside = measureInProcess(file, runsOverride ?? runs.inprocess, runs.warmup)
  let processes
  if (withProcess && hasCli) {
    console.error(`${label}: processes (${runsOverride ?? runs.process} runs each)…`)
    processes = measureProcesses(file, runsOverride ?? runs.process)
  }
  return { bytes: statSync(file).size, inside, processes }
}

const rows = []
for (const size of sizes) {
  for (const layout of layouts) {
    const runs = plan[size] ?? { warmup: 1, inprocess: 5, process: 3 }
    rows.push({ name: size.toLocaleString('en-US'), size, layout, ...measure(`${size} nodes, ${layout}`, flowFile(size, layout), runs) })
  }
}
if (withStress) {
  for (const [name, size] of Object.entries(stress)) {
    for (const layout of layouts) {
      rows.push({ name: `${name} ${size.toLocaleString('en-US')}`, size, layout, stress: name, ...measure(`${name} ${size}, ${layout}`, flowFile(size, layout, name), stressRuns) })
    }
  }
}

const header = [
  'flow',
  'layout',
  'file MB',
  'JSON.parse ms',
  'analyzer ms',
  'analyzer / parse',
  'locate ms',
  'lint locate ms',
  'floor ms',
  'lint ms',
  'lint / floor',
  'floor RSS MB',
  'lint RSS MB',
  'RSS ratio',
]
const table = rows.map(({ name, layout, bytes, inside, processes }) => {
  const floorRun = processes?.floor
  const lintRun = processes?.lint
  return [
    name,
    layout,
    mb(bytes),
    fixed(inside?.parse.median, 1),
    fixed(inside?.analyze.median, 1),
    fixed(inside?.analyze.ratio, 2),
    fixed(inside?.locate.median, 1),
    fixed(inside?.locateParsed.median, 1),
    fixed(floorRun?.wall),
    fixed(lintRun?.wall),
    fixed(processes?.timeRatio, 2),
    fixed(floorRun?.rss),
    fixed(lintRun?.rss),
    fixed(processes?.rssRatio, 2),
  ]
})
printTable(header, table)
for (const { name, layout, inside } of rows) {
  if (inside !== undefined) {
    const found = Object.entries(inside.byRule).map(([rule, count]) => `${count} ${rule}`).join(', ')
    console.log(`${name} (${layout}): ${inside.diagnostics} diagnostics (${found}), ${inside.unlocated} left at 1:1`)
  }
}

/** Prints PASS, FAIL or NOT MEASURED for one target. */
function check(name, value, limit) {
  const verdict = value === undefined || Number.isNaN(value) ? 'NOT MEASURED' : value <= limit ? 'PASS' : 'FAIL'
  console.log(`  ${verdict.padEnd(12)} ${name}: ${fixed(value, 2)}× (target ≤ ${limit}×)`)
}

for (const row of rows.filter((r) => r.size === targetSize || r.stress !== undefined)) {
  console.log()
  console.log(`Targets, ${row.name} nodes, ${row.layout}:`)
  check('analyzer time / JSON.parse time', row.inside?.analyze.ratio, targets.analyzer)
  check('lint process time / floor process time', row.processes?.timeRatio, targets.process)
  check('lint peak memory / floor peak memory', row.processes?.rssRatio, targets.memory)
}

// Scaling: what lint does after JSON.parse (the analyzer, then locating in parsed text), at n and 2n.
const scaling = []
for (const n of scalingSizes) {
  for (const layout of layouts) {
    // Both sizes get the rounds and warm-up of n, so that the JIT is as warm at 2n as at n.
    const runs = plan[n] ?? { warmup: 2, inprocess: 5 }
    const work = (size) => {
      console.error(`scaling ${size} nodes, ${layout}: in-process (${runs.inprocess} runs)…`)
      const inside = measureInProcess(flowFile(size, layout), runs.inprocess, runs.warmup)
      return inside === undefined ? undefined : inside.analyze.median + inside.locateParsed.median
    }
    const atN = work(n)
    const at2n = work(2 * n)
    scaling.push({ n, layout, atN, at2n, ratio: atN === undefined || at2n === undefined ? undefined : at2n / atN })
  }
}
if (scaling.length > 0) {
  console.log()
  printTable(
    ['n → 2n', 'layout', 'analyzer + locate ms at n', 'at 2n', '2n / n'],
    scaling.map(({ n, layout, atN, at2n, ratio }) => [`${n.toLocaleString('en-US')} → ${(2 * n).toLocaleString('en-US')}`, layout, fixed(atN, 1), fixed(at2n, 1), fixed(ratio, 2)]),
  )
  console.log('Scaling:')
  for (const { n, layout, ratio } of scaling) check(`time at ${(2 * n).toLocaleString('en-US')} / time at ${n.toLocaleString('en-US')} nodes, ${layout}`, ratio, targets.scaling)
}
console.log(`\nload after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)

/** A Markdown table, the first two columns left-aligned. */
function printTable(head, body) {
  const widths = head.map((h, i) => body.reduce((width, row) => Math.max(width, row[i].length), h.length))
  const line = (cells) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`
  console.log()
  console.log(line(head))
  console.log(`|${widths.map((w, i) => (i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
  for (const row of body) console.log(line(row))
  console.log()
}

writeFileSync(join(dataDir, 'results.json'), JSON.stringify({ node: process.version, cpus: cpus().length, loadavg: loadavg(), rows, scaling }, null, 2) + '\n')
process.exitCode = crashed ? 1 : 0
