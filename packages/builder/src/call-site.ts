import { relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where in a source file a builder call was made: 1-based line and column, as editors count them. */
export interface SourceLocation {
  /** Absolute path of the file. */
  readonly file: string
  readonly line: number
  readonly column: number
}

/** The builder's own folder (`src` under tests, `dist` when installed); its frames are skipped. */
const builderDirectory = fileURLToPath(new URL('.', import.meta.url))

/** Says where the builder call running now was written, for callers that know it better than a stack trace. */
export type CallSiteProvider = () => SourceLocation | undefined

let provider: CallSiteProvider | undefined

/**
 * Runs `fn` with builder calls located by `provider` instead of the stack: a tool that replays a
 * flow from its source (an ESLint plugin reading the AST) gives the places the calls were written.
 */
export function withCallSiteProvider<T>(callSites: CallSiteProvider, fn: () => T): T {
  const outer = provider
  provider = callSites
  try {
    return fn()
  } finally {
    provider = outer
  }
}

/**
 * The location of the first stack frame outside the builder: the user's call that is running now.
 * Undefined when the runtime gives no usable stack (a bundled or eval'd caller).
 */
export function captureCallSite(): SourceLocation | undefined {
  if (provider !== undefined) return provider()
  const limit = Error.stackTraceLimit
  // Sub-flow callbacks nest builder frames between user frames; ten frames (V8's default) can fall short.
  if (typeof limit === 'number') Error.stackTraceLimit = Math.max(limit, 64)
  const stack = new Error().stack ?? ''
  Error.stackTraceLimit = limit
  for (const frame of stack.split('\n').slice(1)) {
    const location = parseFrame(frame)
    if (location !== undefined && !location.file.startsWith(builderDirectory)) return location
  }
  return undefined
}

/** Reads `at fn (file:line:column)` or `at file:line:column` (V8's format); undefined for internal frames. */
export function parseFrame(frame: string): SourceLocation | undefined {
  const text = frame.trim().replace(/^at\s+/, '')
  const open = text.lastIndexOf('(')
  const where = open >= 0 && text.endsWith(')') ? text.slice(open + 1, -1) : text
  const match = /^(.*):(\d+):(\d+)$/.exec(where)
  if (match === null) return undefined
  const [, place = '', line = '', column = ''] = match
  let file: string
  if (place.startsWith('file://')) file = fileURLToPath(place)
  else if (place.startsWith('/') || /^[A-Za-z]:[\\/]/.test(place)) file = place
  else return undefined // node:internal, native, <anonymous>, eval
  return { file, line: Number(line), column: Number(column) }
}

/** `file:line:column`, the file relative to the working directory when it lies inside it. */
export function formatLocation(location: SourceLocation, cwd: string = process.cwd()): string {
  return `${shownFile(location.file, cwd)}:${location.line}:${location.column}`
}

/** `file:line`, the file as `formatLocation` shows it: where a chain stopped, in a message. */
export function formatLine(location: SourceLocation, cwd: string = process.cwd()): string {
  return `${shownFile(location.file, cwd)}:${location.line}`
}

function shownFile(file: string, cwd: string): string {
  const path = relative(cwd, file)
  return path === '' || path.startsWith(`..${sep}`) || path === '..' ? file : path
}
