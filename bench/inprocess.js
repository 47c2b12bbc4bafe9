// In-process timings for one flow file, in a process of its own (run with --expose-gc): JSON.parse
// of the text, the analyzer (`analyzeFlow` on the parsed value: schema check, graph and every rule),
// `locatePointers` (positions of its diagnostics' pointers in the text) as exported, and the placement
// step as `fsflow lint` runs it (new located messages, the text known to parse). Medians of several rounds after warm-up rounds. Prints one
// JSON object.
// Usage: node --expose-gc bench/inprocess.js <file> [runs] [warm-up runs]
import { readFileSync } from 'node:fs'
import { Buffer } from 'node:buffer'
import { performance } from 'node:perf_hooks'
import { analyzeFlow } from '../packages/analyzer/dist/index.js'
import { locatePointers, placeDiagnostics } from '../packages/cli/dist/index.js'

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

const summary = (times) => ({ median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times })
/** The JSON text source, as `fsflow lint` makes it for a text that parsed. */
const source = { locateAll: (pointers) => locatePointers(text, pointers, true) }

/** Milliseconds `body()` takes. */
function timed(body) {
  const start = performance.now()
  const result = body()
  const elapsed = performance.now() - start
  if (result === undefined) throw new Error('nothing measured')
  return elapsed
}

// Each round times the four in a row, so that a busy machine slows a round's parse and analysis
// alike: the ratios are taken per round, then their median.
const times = { parse: [], analyze: [], locate: [], locateParsed: [] }
let diagnostics = []
for (let round = 0; round < warmup + runs; round++) {
  // Young garbage of the previous round is collected first. Only young: a forced full collection
  // makes V8 throw away the analyzer's optimized code (its embedded objects die), so every round
  // would time cold code, not the warm state asked for. Old garbage is collected when V8 decides.
  collect({ type: 'minor' })
  let value
  const parse = timed(() => (value = JSON.parse(text)))
  const analyze = timed(() => (diagnostics = analyzeFlow(value)))
  value = undefined
  const pointers = diagnostics.map((d) => d.path)
  const locate = timed(() => locatePointers(text, pointers))
  const locateParsed = timed(() => placeDiagnostics(diagnostics, source))
  if (round < warmup) continue
  times.parse.push(parse)
  times.analyze.push(analyze)
  times.locate.push(locate)
  times.locateParsed.push(locateParsed)
}
const ratios = (name) => times[name].map((t, i) => t / times.parse[i])
const parse = summary(times.parse)
const analyze = { ...summary(times.analyze), ratio: median(ratios('analyze')) }
const locate = { ...summary(times.locate), ratio: median(ratios('locate')) }
const locateParsed = { ...summary(times.locateParsed), ratio: median(ratios('locateParsed')) }
const located = placeDiagnostics(diagnostics, source)
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
