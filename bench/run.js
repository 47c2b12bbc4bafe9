// fsflow benchmark: `npm run bench` (builds first). See docs/performance.md.
//
// For flows of 1,000 to 1,000,000 nodes (generated into bench/.data/ on first use) it measures
//  1. in one process per size (bench/inprocess.js): JSON.parse of the file's text, the analyzer
//     (`analyzeFlow` on the parsed value: schema, graph and every rule) and `locateDiagnostics`;
//  2. whole processes: `fsflow lint <file> --format json` against a floor process that only reads
//     and parses the file (bench/floor.js), wall time and peak memory (max RSS, /usr/bin/time).
// It prints a table and checks the targets at 100,000 nodes. It is a benchmark, not a test: it
// exits 0 whether targets are met or not, and 1 only when something crashed.
//
// Options: --sizes 1000,10000  --runs <n> (every size)  --no-process  --regenerate

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { writeFlowFile } from './generate.js'

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
  1_000_000: { warmup: 1, inprocess: 3, process: 3 },
}
const targetSize = 100_000
const targets = { analyzer: 2, process: 3, memory: 3 }

const args = process.argv.slice(2)
const option = (name) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const sizes = (option('--sizes') ?? Object.keys(plan).join(',')).split(',').map(Number)
const runsOverride = option('--runs') === undefined ? undefined : Number(option('--runs'))
const withProcess = !args.includes('--no-process')
const regenerate = args.includes('--regenerate')

let crashed = false

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function flowFile(size) {
  const file = join(dataDir, `flow-${size}.json`)
  const stale = !existsSync(file) || statSync(file).mtimeMs < statSync(generator).mtimeMs
  if (regenerate || stale) {
    const start = performance.now()
    writeFlowFile(size, file)
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

const rows = []
for (const size of sizes) {
  const runs = plan[size] ?? { warmup: 1, inprocess: 5, process: 3 }
  const file = flowFile(size)
  const bytes = statSync(file).size
  console.error(`${size} nodes: in-process (${runsOverride ?? runs.inprocess} runs)…`)
  const inside = measureInProcess(file, runsOverride ?? runs.inprocess, runs.warmup)
  let processes
  if (withProcess && hasCli) {
    console.error(`${size} nodes: processes (${runsOverride ?? runs.process} runs each)…`)
    processes = measureProcesses(file, runsOverride ?? runs.process)
  }
  rows.push({ size, bytes, inside, processes })
}

const header = [
  'nodes',
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
const table = rows.map(({ size, bytes, inside, processes }) => {
  const parse = inside?.parse.median
  const analyze = inside?.analyze.median
  const floorRun = processes?.floor
  const lintRun = processes?.lint
  return [
    size.toLocaleString('en-US'),
    mb(bytes),
    fixed(parse, 1),
    fixed(analyze, 1),
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
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`
console.log()
console.log(line(header))
console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
for (const row of table) console.log(line(row))
console.log()
for (const { size, inside } of rows) {
  if (inside !== undefined) {
    const found = Object.entries(inside.byRule).map(([rule, count]) => `${count} ${rule}`).join(', ')
    console.log(`${size.toLocaleString('en-US')} nodes: ${inside.diagnostics} diagnostics (${found}), ${inside.unlocated} left at 1:1`)
  }
}

const at = rows.find((row) => row.size === targetSize)
if (at !== undefined) {
  console.log()
  console.log(`Targets at ${targetSize.toLocaleString('en-US')} nodes:`)
  const check = (name, value, limit) => {
    const verdict = value === undefined || Number.isNaN(value) ? 'NOT MEASURED' : value <= limit ? 'PASS' : 'FAIL'
    console.log(`  ${verdict.padEnd(12)} ${name}: ${fixed(value, 2)}× (target ≤ ${limit}×)`)
  }
  check('analyzer time / JSON.parse time', at.inside?.analyze.ratio, targets.analyzer)
  check('lint process time / floor process time', at.processes?.timeRatio, targets.process)
  check('lint peak memory / floor peak memory', at.processes?.rssRatio, targets.memory)
}
console.log(`\nload after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)

writeFileSync(join(dataDir, 'results.json'), JSON.stringify({ node: process.version, cpus: cpus().length, loadavg: loadavg(), rows }, null, 2) + '\n')
process.exitCode = crashed ? 1 : 0
