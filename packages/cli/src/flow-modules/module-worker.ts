// The entry of a worker thread that runs one flow module, away from the CLI and from every other
// module: whatever the module does to its globals stays here. It sends back plain data only (see
// worker-protocol.ts), and the CLI ends the worker as soon as it has what it needs.
import { receiveMessageOnPort, workerData } from 'node:worker_threads'
import { builderProblems, compile, locator, sourceLocations } from '@fsflow/builder'
import { createJiti } from 'jiti'
import { type FlowExport, flowExportsOf } from './flow-exports.js'
import type { LocateRequest, ModuleWorkerData, ThrownValue, WorkerMessage } from './worker-protocol.js'

const { filePath, port, signal } = workerData as ModuleWorkerData

// Taken before the module runs, as it may replace any of them.
const postMessage = port.postMessage.bind(port)
const stringify = JSON.stringify
const wait = Atomics.wait
const receive = receiveMessageOnPort
const exitWorker = process.exit.bind(process)
const outputs = [process.stdout, process.stderr].map((stream) => ({ stream, write: stream.write.bind(stream) }))

/** Posts a message; one that cannot be cloned (a value the module made) is reported as the module's failure. */
function send(message: WorkerMessage): void {
  try {
    postMessage(message)
  } catch (error) {
    postMessage({ type: 'threw', error: thrownValue(error) } satisfies WorkerMessage)
  }
}

/**
 * Resolves once the CLI has received all the module wrote: a worker ended before that loses what is
 * still on its way. An empty write is acknowledged after every write before it.
 */
async function outputDelivered(): Promise<void> {
  await Promise.all(outputs.map(async ({ stream, write }) => (stream.writableLength === 0 ? undefined : new Promise((resolve) => write('', resolve)))))
}

process.exit = (code?: number | string | null): never => {
  send({ type: 'exiting', stack: new Error('process.exit').stack ?? '' })
  return exitWorker(code)
}

// Paths of the nearest tsconfig.json (and the ones it extends) resolve as tsc resolves them.
const jiti = createJiti(filePath, { tsconfigPaths: true })

send({ type: 'loading' })
let flows: FlowExport[] | undefined
try {
  flows = flowExportsOf(await jiti.import<Record<string, unknown>>(filePath))
  const exports = flows.map(({ name, value }) => ({
    name,
    documentJson: stringify(compile(value, { check: false })),
    nodeSites: [...sourceLocations(value)],
    builderProblems: builderProblems(value),
  }))
  await outputDelivered()
  send({ type: 'loaded', exports })
} catch (error) {
  await outputDelivered()
  send({ type: 'threw', error: thrownValue(error) })
}

if (flows !== undefined) {
  // Until the CLI asks, this thread sleeps: nothing the module scheduled runs while the CLI lints its flows.
  wait(signal, 0, 0)
  const { diagnostics } = receive(port)?.message as LocateRequest
  const exports = flows
  try {
    const sites = diagnostics.map((found, index) => {
      // One rendering per export, whatever the number of diagnostics.
      const place = locator(exports[index]!.value)
      return found.map((diagnostic) => {
        const { location, argument } = place(diagnostic)
        if (location === undefined) return null
        return argument === undefined ? { location } : { location, argument }
      })
    })
    send({ type: 'located', sites })
  } catch (error) {
    send({ type: 'threw', error: thrownValue(error) })
  }
}

function thrownValue(error: unknown): ThrownValue {
  try {
    if (!(error instanceof Error)) return { name: '', message: String(error), stack: '' }
    const { diagnostics } = error as { diagnostics?: unknown }
    // Typed as strings, but the module may have set them to anything.
    const text = (value: unknown): string => String(value)
    return {
      name: text(error.name),
      message: text(error.message),
      stack: text(error.stack ?? ''),
      ...(error.name === 'FlowBuildError' && Array.isArray(diagnostics) ? { diagnostics: diagnostics as ThrownValue['diagnostics'] } : {}),
    }
  } catch {
    return { name: '', message: 'a value that cannot be shown', stack: '' }
  }
}
