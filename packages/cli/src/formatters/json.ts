import type { LintMessage } from '../lint-result.js'
import type { Formatter } from './index.js'

/**
 * ESLint's `json` format: the results array, one entry per file linted, every key in ESLint's order.
 * The source text is left out: a report is about problems, not a copy of the files.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(reportedMessage),
      suppressedMessages: result.suppressedMessages.map(reportedMessage),
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      usedDeprecatedRules: result.usedDeprecatedRules,
    })),
  )

function reportedMessage(message: LintMessage): LintMessage {
  return {
    ruleId: message.ruleId,
    ...(message.fatal === true ? { fatal: true } : {}),
    severity: message.severity,
    message: message.message,
    ...(message.messageId === undefined ? {} : { messageId: message.messageId }),
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.nodeId === undefined ? {} : { nodeId: message.nodeId }),
    path: message.path,
    ...(message.suppressions === undefined ? {} : { suppressions: message.suppressions }),
  }
}
