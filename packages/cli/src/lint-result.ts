import type { Diagnostic, DisableDirective, Severity } from '@fsflow/analyzer'
import type { Span } from './sources/source.js'

/** One problem in a file: ESLint's message shape, plus the flow node and the JSON pointer it is about. */
export interface LintMessage {
  /** The rule that reported it; null for a file that could not be linted at all. */
  ruleId: string | null
  /** Set on the one message of a file that could not be read or parsed, as ESLint marks parse failures. */
  fatal?: true
  severity: Severity
  message: string
  /** The rule's message id: what tools match, rather than the English text. */
  messageId?: string
  /** The values of the message's placeholders; kept for fingerprints, not printed in the JSON report. */
  data?: Readonly<Record<string, string | number>>
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Absent when the message is about no node. */
  nodeId?: string
  /** RFC 6901 JSON pointer into the document. */
  path: string
  /** Set on a message of `suppressedMessages`: what silenced it, as ESLint gives it. */
  suppressions?: readonly Suppression[]
}

/**
 * What silenced a problem, in ESLint's shape: `directive` for an `fsflow-disable` comment, `config`
 * for a config's `suppress` entry, `file` for the bulk suppressions file (ESLint's kind for its own).
 */
export interface Suppression {
  kind: 'directive' | 'config' | 'file'
  /** Why: the text after ` -- `, the entry's `reason`; empty when none was given. */
  justification: string
}

/**
 * What identifies a problem however its file's lines move or its wording changes: its rule, its
 * node, its message id and the message's data (the English text when a message has no id).
 */
export function problemIdentity(message: LintMessage): string {
  const what = message.messageId === undefined ? [message.message] : [message.messageId, message.data ?? {}]
  return JSON.stringify([message.ruleId, message.nodeId ?? null, ...what])
}

/** What ESLint lists for a deprecated rule; fsflow has none, but the JSON report keeps the field. */
export interface DeprecatedRuleUse {
  ruleId: string
  replacedBy: string[]
}

/** One flow of a file as the analyzer read it, for the formats that draw it. */
export interface LintedFlow {
  /** The export that holds it, in a module; absent for a JSON file. */
  exportName?: string
  /** The flow document (a flow array or a session body), as written: nothing about it is checked. */
  document: unknown
}

/** Every problem in one file, in the shape of ESLint's `LintResult`. */
export interface LintResult {
  /** Absolute. */
  filePath: string
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  errorCount: number
  fatalErrorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  usedDeprecatedRules: DeprecatedRuleUse[]
  /** The file's text, kept only while it has problems so that formatters can show them in place. */
  source?: string
  /** The file's flows, kept only while it has problems, for the formats that draw them; never in the JSON report. */
  flows?: readonly LintedFlow[]
  /** The `fsflow-disable` comments of a module, for the suppression step; never in the JSON report. */
  directives?: readonly DisableDirective[]
}

/** A diagnostic placed at a span: a new message, keys in the order of the JSON report. */
export function toLintMessage(diagnostic: Diagnostic, span: Span): LintMessage {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    messageId: diagnostic.messageId,
    ...(diagnostic.data === undefined ? {} : { data: diagnostic.data }),
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    ...(diagnostic.nodeId === undefined ? {} : { nodeId: diagnostic.nodeId }),
    path: diagnostic.path,
  }
}

/** Orders messages by position in the file, then by pointer and rule, so output is stable. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    ((a.ruleId ?? '') < (b.ruleId ?? '') ? -1 : (a.ruleId ?? '') > (b.ruleId ?? '') ? 1 : 0)
  )
}

/** A file's result from its messages, counting them as ESLint does. */
export function createLintResult(filePath: string, messages: LintMessage[], source?: string, flows?: readonly LintedFlow[]): LintResult {
  const errorCount = messages.filter((message) => message.severity === 2).length
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount,
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    warningCount: messages.length - errorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    ...(messages.length > 0 && source !== undefined ? { source } : {}),
    ...(messages.length > 0 && flows !== undefined && flows.length > 0 ? { flows } : {}),
  }
}

const startOfFile: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/**
 * A message of a file that could not be linted at all (unreadable, or a module that does not load):
 * an error, marked fatal as ESLint marks a file it could not parse; at the top of the file unless the
 * cause has a place, without a rule unless one gave the cause.
 */
export function fatalMessage(message: string, span: Span = startOfFile, ruleId: string | null = null): LintMessage {
  const { line, column, endLine, endColumn } = span
  return { ruleId, fatal: true, severity: 2, message, line, column, endLine, endColumn, path: '' }
}

/** The result of a file that could not be linted: one fatal error, at the top of the file. */
export function createFatalResult(filePath: string, message: string): LintResult {
  return createLintResult(filePath, [fatalMessage(message)])
}

/** The same result with other messages (counted again), its suppressed messages and directives kept. */
export function withMessages(result: LintResult, messages: LintMessage[], suppressedMessages: LintMessage[] = result.suppressedMessages): LintResult {
  return {
    ...createLintResult(result.filePath, messages, result.source, result.flows),
    suppressedMessages,
    ...(result.directives === undefined ? {} : { directives: result.directives }),
  }
}

/** `--quiet`: the same result with its warnings dropped, as ESLint drops them, from the suppressed messages too. */
export function withErrorsOnly(result: LintResult): LintResult {
  const isError = (message: LintMessage): boolean => message.severity === 2
  return withMessages(result, result.messages.filter(isError), result.suppressedMessages.filter(isError))
}
