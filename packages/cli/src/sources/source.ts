import type { LintMessage } from '../lint-result.js'

/** A 1-based span in a text file: where a message is shown. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * What every source gives the rest of the pipeline (DESIGN.md: input → source → document → analyzer →
 * placement → formatter): the flow document its input holds and a way to place JSON pointers back
 * into that input, or, when the input holds no document, its one fatal message. The analyzer sees
 * only the document; the placement step sees only `locate`.
 */
export type FlowSource = ReadableSource | FatalSource

/** A source that read a document. */
export interface ReadableSource {
  readonly document: unknown
  readonly fatal?: undefined
  /** The span of what a pointer points at (or of its nearest enclosing value). */
  locate(pointer: string): Span
  /** `locate` for many pointers at once, in their order: one pass over the input, however many there are. */
  locateAll(pointers: readonly string[]): Span[]
}

/** A source whose input holds no document (a file that is not JSON): its message says where and why. */
export interface FatalSource {
  readonly document?: undefined
  readonly fatal: LintMessage
}
