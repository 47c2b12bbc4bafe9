import { docsBaseUrl } from '@fsflow/analyzer'
import type { LintMessage } from '../../lint-result.js'
import type { JsonSyntaxError } from './text.js'

/**
 * A file that is not JSON: the JSON source's fatal message, never a rule, so no configuration can
 * switch it off (as in ESLint). It keeps the rule id the report has always given it, and its page.
 */
export const invalidJson = {
  name: 'invalid-json',
  meta: {
    docs: { description: 'The file must be valid JSON.', recommended: 'error', url: `${docsBaseUrl}/invalid-json.md` },
    /** No configuration turns it off or down. */
    alwaysOn: true,
  },
} as const

/** The one message of a text that is not JSON, at the character where it breaks. */
export function invalidJsonMessage(error: JsonSyntaxError): LintMessage {
  const { message, line, column } = error
  return {
    ruleId: invalidJson.name,
    fatal: true,
    severity: 2,
    message,
    messageId: 'invalid',
    data: { message },
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    path: '',
  }
}

