/** 1 is a warning, 2 an error: the numbers ESLint's JSON report uses. */
export type Severity = 1 | 2

/**
 * One problem found in a flow document: what the analyzer gives. It points into the document with a
 * JSON pointer and knows nothing of text or positions; a source places it (`locate(pointer)`).
 */
export interface Diagnostic {
  ruleId: string
  severity: Severity
  /** The rule's message with its data filled in. */
  message: string
  /** The rule's message id (a key of its `meta.messages`): what tools match, rather than the English text. */
  messageId: string
  /** The values of the message's `{{placeholders}}`. */
  data?: Readonly<Record<string, string | number>>
  /** The node the message is about; absent when it is about no node. */
  nodeId?: string
  /** RFC 6901 JSON pointer into the (compiled) document. */
  path: string
}

/** A rule that threw while it ran: a bug in that rule, named by its id. */
export class RuleError extends Error {
  override name = 'RuleError'

  constructor(
    /** The id of the rule that threw. */
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`rule "${ruleId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
}
