// fsflow start-up benchmark: `npm run bench` runs it (after `tsc -b` and scripts/bundle-cli.mjs).
// See docs/performance.md, "Start-up".
//
// Side by side in one run, in interleaved rounds (each round runs every command once, so that load
// on the machine falls on all of them alike): a bare `node -e 0`, then `fsflow lint <file> --format
// json` from packages/cli/dist (what tsc writes) and from packages/cli/bundle (what the package's
// bin runs), on a small JSON flow (examples/account-recovery.flow.json) and on a 100,000-node flow
// (bench/generate.js, cached in bench/.data/). It prints medians of wall time and their ratio to
// `node -e 0`; the goal is ≤ 2× for the small flow. A benchmark, not a test: it exits 1 only when
// a command failed.
//
// Options: --rounds <n> (21)  --no-large

import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { writeFlowFile } from './generate.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt === -1 ? 21 : Number(args[roundsAt + 1])
const goal = 2

const small = join(root, 'examples', 'account-recovery.flow.json')
const large = join(root, 'bench', '.data', 'flow-100000.json')
const generator = join(root, 'bench', 'generate.js')
if (!args.includes('--no-large') && (!existsSync(large) || statSync(large).mtimeMs < statSync(generator).mtimeMs)) {
  writeFlowFile(100_000, large)
}

const bins = { unbundled: join(root, 'packages', 'cli', 'dist', 'bin.js'), bundled: join(root, 'packages', 'cli', 'bundle', 'bin.js') }
const flows = args.includes('--no-large') ? { small } : { small, '100,000 nodes': large }
const commands = [{ name: 'node -e 0', flow: undefined, args: ['-e', '0'] }]
for (const [flowName, file] of Object.entries(flows)) {
  for (const [binName, bin] of Object.entries(bins)) {
    commands.push({ name: `lint ${flowName}, ${binName}`, flow: flowName, args: [bin, 'lint', file, '--format', 'json'] })
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Wall time of one process, in ms; lint exits 0 or 1 (problems found), anything else failed. */
function time(command) {
  const start = performance.now()
  const result = spawnSync(process.execPath, command.args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const elapsed = performance.now() - start
  if (result.status !== 0 && result.status !== 1) {
    console.error(`${command.name} failed (${result.signal ?? `exit ${result.status}`}):\n${result.stderr}`)
    process.exit(1)
  }
  return elapsed
}

const times = new Map(commands.map((command) => [command.name, []]))
for (const command of commands) time(command) // warm the file cache
for (let round = 0; round < rounds; round++) {
  for (const command of commands) times.get(command.name).push(time(command))
}

const floor = median(times.get('node -e 0'))
console.log(`\nStart-up: medians of ${rounds} interleaved rounds, wall time (Node ${process.version})\n`)
console.log(`${'command'.padEnd(36)} ${'ms'.padStart(7)} ${'× node -e 0'.padStart(12)}`)
for (const command of commands) {
  const ms = median(times.get(command.name))
  const ratio = ms / floor
  const mark = command.flow === 'small' ? (ratio <= goal ? `  ≤ ${goal}× goal met` : `  > ${goal}× goal`) : ''
  console.log(`${command.name.padEnd(36)} ${ms.toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(12)}${mark}`)
}
