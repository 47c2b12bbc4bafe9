// In-process timings for one flow file, in a process of its own (run with --expose-gc):
// JSON.parse of the text, then the analyzer (`analyzeFlow` on the parsed value: schema check, graph
// and every rule), then `locateDiagnostics` (positions of its diagnostics in the text) as exported,
// and as `lintJsonText` calls it (knowing the text parsed), each the median of several runs after
// warm-up. The garbage of one run is collected before the next is timed. Prints one JSON object.
// Usage: node --expose-gc bench/inprocess.js <file> [runs] [warm-up runs]
import { readFileSync } from 'node:fs'
import { Buffer } from 'node:buffer'
import { performance } from 'node:perf_hooks'
import { analyzeFlow, locateDiagnostics } from '../packages/analyzer/dist/index.js'
// Internal: what lintJsonText calls, knowing JSON.parse accepted the text.
import { locateDiagnosticsInParsedText } from '../packages/analyzer/dist/json-text.js'

const [file, runsArg, warmupArg] = process.argv.slice(2)
if (file === undefined) {
  console.error('usage: node --expose-gc bench/inprocess.js <file> [runs] [warm-up runs]')
  process.exit(2)
}
const runs = Number(runsArg ?? 5)
// Small flows need many runs before the JIT has compiled the analyzer's hot functions.
const warmup = Number(warmupArg ?? 1)
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {}

const text = readFileSync(file, 'utf8')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Times `body(prepare())` `runs` times after `warmup` untimed runs; `prepare` is not timed. */
function measure(prepare, body) {
  const times = []
  for (let i = 0; i < warmup + runs; i++) {
    let input = prepare()
    collect()
    const start = performance.now()
    const result = body(input)
    const elapsed = performance.now() - start
    input = undefined
    if (result === undefined) throw new Error('nothing measured')
    if (i >= warmup) times.push(elapsed)
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times }
}

const parse = measure(
  () => text,
  (t) => JSON.parse(t),
)
let diagnostics = []
const analyze = measure(
  () => JSON.parse(text),
  (value) => (diagnostics = analyzeFlow(value)),
)
const unlocatedCopies = () =>
  diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, nodeId: d.nodeId, path: d.path }))
const locate = measure(unlocatedCopies, (copies) => (locateDiagnostics(text, copies), copies))
const locateParsed = measure(unlocatedCopies, (copies) => (locateDiagnosticsInParsedText(text, copies), copies))
const located = diagnostics.map((d) => ({ ...d }))
locateDiagnostics(text, located)
const byRule = {}
for (const d of located) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1
const unlocated = located.filter((d) => d.line === 1 && d.column === 1).length

console.log(
  JSON.stringify({
    file,
    bytes: Buffer.byteLength(text),
    parse,
    analyze,
    locate,
    locateParsed,
    diagnostics: located.length,
    byRule,
    unlocated,
  }),
)
