// fsflow graph benchmark: `npm run bench:graph` (builds first). See docs/performance.md, "Drawing".
//
// For the largest example (examples/kyc-onboarding.flow.json) and a generated 1,000-node flow
// (bench/generate.js, cached in bench/.data/), it measures in one process: the DOT and Mermaid text
// of the diagram, and the SVG layout by Graphviz in WebAssembly (@viz-js/viz, loaded and compiled
// once first, which is timed on its own); then whole runs of `fsflow graph <file> --format svg` and
// `--format mermaid`. It prints medians. A benchmark, not a test: it exits 1 only when a run failed.
//
// Options: --runs <n> (7; the 1,000-node flow gets a third of them, at least 3)

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { writeFlowFile } from './generate.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'packages', 'cli', 'dist')
const runsAt = process.argv.indexOf('--runs')
const runs = runsAt === -1 ? 7 : Number(process.argv[runsAt + 1])

const generated = join(root, 'bench', '.data', 'flow-1000.json')
const generator = join(root, 'bench', 'generate.js')
if (!existsSync(generated) || statSync(generated).mtimeMs < statSync(generator).mtimeMs) writeFlowFile(1000, generated)

const load = async (path) => import(join(dist, path))
const { flowDiagram, nodeProblemsOf } = await load('graph/flow-diagram.js')
const { renderDot } = await load('graph/dot.js')
const { renderMermaid } = await load('graph/mermaid.js')
const { lintJsonText } = await load('lint-text.js')

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const timed = async (task) => {
  const start = performance.now()
  const result = await task()
  return { ms: performance.now() - start, result }
}

const loaded = await timed(async () => {
  const { renderSvg } = await load('graph/svg.js')
  await renderSvg({ nodes: [], edges: [] })
  return renderSvg
})
const renderSvg = loaded.result
process.stdout.write(`Graphviz (@viz-js/viz) loaded and compiled: ${loaded.ms.toFixed(0)} ms\n\n`)
process.stdout.write('| flow | boxes | arrows | DOT | Mermaid | SVG layout | SVG size | fsflow graph -f svg | fsflow graph -f mermaid |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n')

let failed = false
for (const [file, count] of [[join(root, 'examples', 'kyc-onboarding.flow.json'), runs], [generated, Math.max(3, Math.round(runs / 3))]]) {
  const text = readFileSync(file, 'utf8')
  const diagram = flowDiagram(JSON.parse(text), nodeProblemsOf(lintJsonText(text)))
  const times = { dot: [], mermaid: [], svg: [], svgRun: [], mermaidRun: [] }
  let bytes = 0
  for (let round = 0; round < count; round++) {
    times.dot.push((await timed(() => renderDot(diagram))).ms)
    times.mermaid.push((await timed(() => renderMermaid(diagram, { legend: true }))).ms)
    const svg = await timed(() => renderSvg(diagram))
    times.svg.push(svg.ms)
    bytes = svg.result.length
    for (const format of ['svg', 'mermaid']) {
      const run = await timed(() => spawnSync(process.execPath, [join(dist, 'bin.js'), 'graph', file, '--format', format, '--no-config'], { encoding: 'utf8', maxBuffer: 1 << 28 }))
      if (run.result.status !== 0) {
        failed = true
        process.stderr.write(run.result.stderr)
      }
      times[`${format}Run`].push(run.ms)
    }
  }
  const ms = (values, digits = 0) => `${median(values).toFixed(digits)} ms`
  const name = file.startsWith(root) ? file.slice(root.length + 1) : file
  process.stdout.write(
    `| ${name} | ${diagram.nodes.length} | ${diagram.edges.length} | ${ms(times.dot, 1)} | ${ms(times.mermaid, 1)} | ${ms(times.svg)} | ${(bytes / 1024).toFixed(0)} KB | ${ms(times.svgRun)} | ${ms(times.mermaidRun)} |\n`,
  )
}
process.stdout.write(`\nMedians of ${runs} rounds (the 1,000-node flow: ${Math.max(3, Math.round(runs / 3))}), on ${process.version}.\n`)
process.exit(failed ? 1 : 0)
