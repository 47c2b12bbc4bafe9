import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads'
import type { Diagnostic } from '@fsflow/analyzer'
import type { BuilderProblems, SourceLocation } from '@fsflow/builder'
import { type CallSite, type ThrownValue, type WorkerMessage, readWorkerMessage } from './worker-protocol.js'
import { moduleWorkerSlots } from './worker-slots.js'

/** A flow or session body a module exports, as the CLI holds it: plain JSON, and the call that made each node. */
export interface ModuleFlow {
  readonly name: string
  readonly document: unknown
  readonly nodeSites: ReadonlyMap<string, SourceLocation>
  /** What the builder itself found wrong with it (a chain never ended). */
  readonly builderProblems: BuilderProblems
}

/** How a module's worker ended before it gave what was asked. */
export type ModuleStop =
  | { readonly kind: 'exited'; readonly code: number; readonly stack: string | undefined }
  | { readonly kind: 'timed-out'; readonly seconds: number }
  /** Nothing was left to run and the module had not loaded: it awaits something that never comes. */
  | { readonly kind: 'unsettled' }
  /** An error the module did not throw from its own top level: a callback, running out of memory. */
  | { readonly kind: 'crashed'; readonly error: ThrownValue }
  /** The worker sent something that is not what fsflow's worker sends: the module tampered with it. */
  | { readonly kind: 'garbled' }

/** What loading a module gave. */
export type ModuleLoad =
  | { readonly kind: 'loaded'; readonly flows: readonly ModuleFlow[] }
  | { readonly kind: 'threw'; readonly error: ThrownValue }
  | ModuleStop

/** What a module wrote to its standard output and error, cut to `outputLimit` characters each. */
export interface ModuleOutput {
  readonly stdout: string
  readonly stderr: string
}

/** Enough of a module's output to say what it wrote, and never so much that a loop of writes fills the memory. */
const outputLimit = 4096

type WorkerEvent =
  | { readonly kind: 'message'; readonly message: WorkerMessage }
  | { readonly kind: 'garbled' }
  | { readonly kind: 'error'; readonly error: ThrownValue }
  | { readonly kind: 'exit'; readonly code: number }
  | { readonly kind: 'timeout' }

/**
 * One flow module, run in a worker thread of its own: its globals, its `process.exit`, its timers and
 * what it prints stay there. Each step waits at most the module's time limit; `close` ends the worker
 * whatever happened, and must always be called.
 */
export class ModuleRun {
  readonly #worker: Worker
  readonly #port: MessagePort
  readonly #signal = new Int32Array(new SharedArrayBuffer(4))
  readonly #timeoutSeconds: number
  readonly #events: WorkerEvent[] = []
  #waiting: ((event: WorkerEvent) => void) | undefined
  #stdout = ''
  #stderr = ''
  readonly #outputEnded: Promise<unknown>

  private constructor(filePath: string, timeoutSeconds: number) {
    this.#timeoutSeconds = timeoutSeconds
    const { port1, port2 } = new MessageChannel()
    this.#port = port1
    this.#worker = new Worker(workerScript(), {
      workerData: { filePath, port: port2, signal: this.#signal },
      transferList: [port2],
      stdout: true,
      stderr: true,
    })
    port1.on('message', (value: unknown) => {
      this.#receive(value)
    })
    this.#worker.on('error', (error: unknown) => {
      this.#push({ kind: 'error', error: plainError(error) })
    })
    this.#worker.on('exit', (code: number) => {
      // Messages posted just before the worker ended may not have been delivered yet.
      for (let pending = receiveMessageOnPort(port1); pending !== undefined; pending = receiveMessageOnPort(port1)) this.#receive(pending.message)
      this.#push({ kind: 'exit', code })
    })
    this.#outputEnded = Promise.all([
      collect(this.#worker.stdout, (text) => (this.#stdout = keep(this.#stdout, text))),
      collect(this.#worker.stderr, (text) => (this.#stderr = keep(this.#stderr, text))),
    ])
  }

  /** Starts a module's worker once fewer workers than cores are running. */
  static async start(filePath: string, timeoutSeconds: number): Promise<ModuleRun> {
    await moduleWorkerSlots.take()
    try {
      return new ModuleRun(filePath, timeoutSeconds)
    } catch (error) {
      moduleWorkerSlots.release()
      throw error
    }
  }

  /** Runs the module and reads the flows it exports. */
  async load(): Promise<ModuleLoad> {
    let event = await this.#next(undefined)
    // The time limit counts from when the module starts running, not while the worker itself starts.
    if (event.kind === 'message' && event.message.type === 'loading') event = await this.#next(this.#timeoutSeconds)
    if (event.kind !== 'message') return this.#stopped(event)
    const { message } = event
    if (message.type === 'threw') return { kind: 'threw', error: message.error }
    if (message.type === 'exiting') return this.#exited(message.stack)
    if (message.type !== 'loaded') return { kind: 'garbled' }
    const flows: ModuleFlow[] = []
    for (const { name, documentJson, nodeSites, builderProblems } of message.exports) {
      const document = parseJson(documentJson)
      if (document === undefined) return { kind: 'garbled' }
      flows.push({ name, document: document.value, nodeSites: new Map(nodeSites), builderProblems })
    }
    return { kind: 'loaded', flows }
  }

  /** The builder call each diagnostic is about, per flow in the order `load` gave them; asked of the loaded module. */
  async locate(diagnostics: readonly (readonly Diagnostic[])[]): Promise<(CallSite | undefined)[][] | ModuleStop> {
    this.#port.postMessage({ diagnostics })
    Atomics.store(this.#signal, 0, 1)
    Atomics.notify(this.#signal, 0)
    const event = await this.#next(this.#timeoutSeconds)
    if (event.kind !== 'message') return this.#stopped(event)
    const { message } = event
    if (message.type === 'exiting') return this.#exited(message.stack)
    if (message.type === 'threw') return { kind: 'crashed', error: message.error }
    if (message.type !== 'located' || !sameLengths(message.sites, diagnostics)) return { kind: 'garbled' }
    return message.sites.map((sites) => sites.map((site) => site ?? undefined))
  }

  /** Ends the worker and gives what the module wrote. */
  async close(): Promise<ModuleOutput> {
    try {
      await this.#worker.terminate()
      await this.#outputEnded
      this.#port.close()
      return { stdout: this.#stdout, stderr: this.#stderr }
    } finally {
      moduleWorkerSlots.release()
    }
  }

  #receive(value: unknown): void {
    const message = readWorkerMessage(value)
    this.#push(message === undefined ? { kind: 'garbled' } : { kind: 'message', message })
  }

  #push(event: WorkerEvent): void {
    const waiting = this.#waiting
    if (waiting === undefined) this.#events.push(event)
    else waiting(event)
  }

  /** The next event of the worker; a timeout when none comes within the limit. */
  async #next(timeoutSeconds: number | undefined): Promise<WorkerEvent> {
    const queued = this.#events.shift()
    if (queued !== undefined) return queued
    return await new Promise<WorkerEvent>((resolve) => {
      const timer = timeoutSeconds === undefined ? undefined : setTimeout(() => {
        this.#waiting = undefined
        resolve({ kind: 'timeout' })
      }, timeoutSeconds * 1000)
      this.#waiting = (event) => {
        clearTimeout(timer)
        this.#waiting = undefined
        resolve(event)
      }
    })
  }

  /** The module called `process.exit`: the worker's exit gives the code. */
  async #exited(stack: string): Promise<ModuleStop> {
    for (;;) {
      const event = await this.#next(this.#timeoutSeconds)
      if (event.kind === 'exit') return { kind: 'exited', code: event.code, stack }
      if (event.kind === 'timeout') return { kind: 'exited', code: 0, stack }
      // Node ends a worker whose code threw uncaught through process.exit: the error says what happened.
      if (event.kind === 'error') return { kind: 'crashed', error: event.error }
    }
  }

  #stopped(event: Exclude<WorkerEvent, { kind: 'message' }>): ModuleStop {
    switch (event.kind) {
      case 'timeout':
        return { kind: 'timed-out', seconds: this.#timeoutSeconds }
      case 'error':
        return { kind: 'crashed', error: event.error }
      case 'exit':
        // 13 is Node's code for a top-level await that never settled; 0 a worker that had nothing left to do.
        return event.code === 0 || event.code === 13 ? { kind: 'unsettled' } : { kind: 'exited', code: event.code, stack: undefined }
      case 'garbled':
        return { kind: 'garbled' }
    }
  }
}

/**
 * The worker's script, compiled: beside this file; or, when fsflow's own tests run this file from its
 * TypeScript (which a worker cannot start), in the package's dist folder, which `npm test` builds first.
 */
function workerScript(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? '../../dist/flow-modules/module-worker.js' : './module-worker.js', import.meta.url)
}

async function collect(stream: NodeJS.ReadableStream, add: (text: string) => void): Promise<void> {
  stream.setEncoding('utf8')
  stream.on('data', (text: string) => {
    add(text)
  })
  await new Promise((resolve) => {
    stream.once('end', resolve)
    stream.once('close', resolve)
  })
}

function keep(kept: string, text: string): string {
  return kept.length >= outputLimit ? kept : (kept + text).slice(0, outputLimit)
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}

function sameLengths(sites: readonly (readonly unknown[])[], diagnostics: readonly (readonly unknown[])[]): boolean {
  return sites.length === diagnostics.length && sites.every((found, index) => found.length === diagnostics[index]!.length)
}

/** An error the worker reported (cloned by Node, so it may be any value), as the fields a message needs. */
function plainError(error: unknown): ThrownValue {
  if (!(error instanceof Error)) return { name: '', message: String(error), stack: '' }
  return { name: error.name, message: error.message, stack: error.stack ?? '' }
}
