/** 1 is a warning, 2 an error: the numbers ESLint's JSON report uses. */
export type Severity = 1 | 2

/** One problem found in a flow, with a JSON pointer into the document and, once located, its span. */
export interface Diagnostic {
  ruleId: string
  /** Set when the source could not give a document at all (a file that is not JSON): no rule ran. */
  fatal?: true
  severity: Severity
  message: string
  /** The rule's message id (a key of its `meta.messages`): what tools match, rather than the English text. */
  messageId?: string
  /** The values of the message's `{{placeholders}}`. */
  data?: Readonly<Record<string, string | number>>
  /** The node the message is about; absent when it is about no node. */
  nodeId?: string
  /** RFC 6901 JSON pointer into the (compiled) document. */
  path: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** Orders diagnostics by position in the file, then by pointer, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}
