import type { MessagePort } from 'node:worker_threads'
import type { Diagnostic, Severity } from '@fsflow/analyzer'
import type { ArgumentPath, BuilderProblems, LocatedDiagnostic, SourceLocation } from '@fsflow/builder'

/**
 * What a module's worker and the CLI say to each other. The worker sends plain data only, and the CLI
 * believes none of it before `readWorkerMessage` has checked its shape: the module runs in the worker
 * and may have changed anything there.
 */

/** What a worker is started with. */
export interface ModuleWorkerData {
  readonly filePath: string
  /** The worker's end of the channel: it posts its messages and receives the CLI's request here. */
  readonly port: MessagePort
  /** The CLI sets it to 1 when it has posted its request; the worker blocks on it, so no timer of the module runs meanwhile. */
  readonly signal: Int32Array
}

/** A value the module threw, as plain data: a FlowBuildError keeps its diagnostics. */
export interface ThrownValue {
  readonly name: string
  readonly message: string
  readonly stack: string
  readonly diagnostics?: readonly LocatedDiagnostic[]
}

/** One flow or session body the module exports: its unchecked document as JSON text, and the call that made each node. */
export interface LoadedExport {
  readonly name: string
  readonly documentJson: string
  readonly nodeSites: readonly (readonly [string, SourceLocation])[]
  /** What the builder itself finds wrong (a chain never ended), which the analyzer cannot see in the document. */
  readonly builderProblems: BuilderProblems
}

/** The builder call a diagnostic is about, and the argument of it that wrote the value, when known. */
export interface CallSite {
  readonly location: SourceLocation
  readonly argument?: ArgumentPath
}

/** A message of the worker. */
export type WorkerMessage =
  /** The worker is ready and starts running the module: its time limit starts now. */
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly exports: readonly LoadedExport[] }
  | { readonly type: 'threw'; readonly error: ThrownValue }
  /** The module called `process.exit`; the stack says from where. */
  | { readonly type: 'exiting'; readonly stack: string }
  /** The builder call of each diagnostic asked for, per export, in the order asked. */
  | { readonly type: 'located'; readonly sites: readonly (readonly (CallSite | null)[])[] }

/** What the CLI asks once the module has loaded: where each diagnostic it found was made, per export. */
export interface LocateRequest {
  readonly diagnostics: readonly (readonly Diagnostic[])[]
}

type Fields = Readonly<Record<string, unknown>>

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

function readArray<Item>(value: unknown, read: (item: unknown) => Item | undefined): Item[] | undefined {
  if (!Array.isArray(value)) return undefined
  const items: Item[] = []
  for (const entry of value as unknown[]) {
    const item = read(entry)
    if (item === undefined) return undefined
    items.push(item)
  }
  return items
}

function readSourceLocation(value: unknown): SourceLocation | undefined {
  if (!isFields(value) || typeof value.file !== 'string' || !isCount(value.line) || !isCount(value.column)) return undefined
  return { file: value.file, line: value.line, column: value.column }
}

function readArgumentPath(value: unknown): ArgumentPath | undefined {
  return readArray(value, (step) => (typeof step === 'string' || (typeof step === 'number' && Number.isInteger(step) && step >= 0) ? step : undefined))
}

function readLocatedDiagnostic(value: unknown): LocatedDiagnostic | undefined {
  if (!isFields(value)) return undefined
  const { ruleId, severity, message, messageId, data, path, nodeId, location, argument } = value
  if (typeof ruleId !== 'string' || (severity !== 1 && severity !== 2) || typeof message !== 'string' || typeof path !== 'string') return undefined
  if (typeof messageId !== 'string') return undefined
  const values = data === undefined ? undefined : readMessageData(data)
  if (data !== undefined && values === undefined) return undefined
  if (nodeId !== undefined && typeof nodeId !== 'string') return undefined
  const site = location === undefined ? undefined : readSourceLocation(location)
  if (location !== undefined && site === undefined) return undefined
  const written = argument === undefined ? undefined : readArgumentPath(argument)
  if (argument !== undefined && written === undefined) return undefined
  return {
    ruleId,
    severity: severity satisfies Severity,
    message,
    messageId,
    ...(values === undefined ? {} : { data: values }),
    path,
    ...(nodeId === undefined ? {} : { nodeId }),
    ...(site === undefined ? {} : { location: site }),
    ...(written === undefined ? {} : { argument: written }),
  }
}

function readMessageData(value: unknown): Record<string, string | number> | undefined {
  if (!isFields(value)) return undefined
  const data: Record<string, string | number> = {}
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number') return undefined
    data[key] = item
  }
  return data
}

function readThrownValue(value: unknown): ThrownValue | undefined {
  if (!isFields(value)) return undefined
  const { name, message, stack, diagnostics } = value
  if (typeof name !== 'string' || typeof message !== 'string' || typeof stack !== 'string') return undefined
  const located = diagnostics === undefined ? undefined : readArray(diagnostics, readLocatedDiagnostic)
  if (diagnostics !== undefined && located === undefined) return undefined
  return { name, message, stack, ...(located === undefined ? {} : { diagnostics: located }) }
}

function readNodeSite(value: unknown): readonly [string, SourceLocation] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined
  const [id, site] = value as unknown[]
  const location = readSourceLocation(site)
  return typeof id === 'string' && location !== undefined ? [id, location] : undefined
}

function readBuilderProblems(value: unknown): BuilderProblems | undefined {
  if (!isFields(value)) return undefined
  const diagnostics = readArray(value.diagnostics, readLocatedDiagnostic)
  const coveredPointers = readArray(value.coveredPointers, (pointer) => (typeof pointer === 'string' ? pointer : undefined))
  return diagnostics === undefined || coveredPointers === undefined ? undefined : { diagnostics, coveredPointers }
}

function readLoadedExport(value: unknown): LoadedExport | undefined {
  if (!isFields(value) || typeof value.name !== 'string' || typeof value.documentJson !== 'string') return undefined
  const nodeSites = readArray(value.nodeSites, readNodeSite)
  const builderProblems = readBuilderProblems(value.builderProblems)
  if (nodeSites === undefined || builderProblems === undefined) return undefined
  return { name: value.name, documentJson: value.documentJson, nodeSites, builderProblems }
}

function readSiteOrNull(value: unknown): CallSite | null | undefined {
  if (value === null) return null
  if (!isFields(value)) return undefined
  const location = readSourceLocation(value.location)
  const argument = value.argument === undefined ? undefined : readArgumentPath(value.argument)
  if (location === undefined || (value.argument !== undefined && argument === undefined)) return undefined
  return argument === undefined ? { location } : { location, argument }
}

/** A message of the worker, rebuilt from the fields it must have; undefined for anything else. */
export function readWorkerMessage(value: unknown): WorkerMessage | undefined {
  if (!isFields(value)) return undefined
  switch (value.type) {
    case 'loading':
      return { type: 'loading' }
    case 'loaded': {
      const exports = readArray(value.exports, readLoadedExport)
      return exports === undefined ? undefined : { type: 'loaded', exports }
    }
    case 'threw': {
      const error = readThrownValue(value.error)
      return error === undefined ? undefined : { type: 'threw', error }
    }
    case 'exiting':
      return typeof value.stack === 'string' ? { type: 'exiting', stack: value.stack } : undefined
    case 'located': {
      const sites = readArray(value.sites, (perExport) => readArray(perExport, readSiteOrNull))
      return sites === undefined ? undefined : { type: 'located', sites }
    }
    default:
      return undefined
  }
}
