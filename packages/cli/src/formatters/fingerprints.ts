import { createHash } from 'node:crypto'
import { type LintMessage, problemIdentity } from '../lint-result.js'

/**
 * A stable identity for each message of a file, the same however the file's lines move: a hash of
 * the file's path and the problem's identity (rule, node, message id and data), never of the
 * line. Identical messages on one node are told apart by their order.
 */
export function fingerprints(path: string, messages: readonly LintMessage[]): string[] {
  const seen = new Map<string, number>()
  return messages.map((message) => {
    const identity = JSON.stringify([path, problemIdentity(message)])
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    return createHash('sha256').update(occurrence === 0 ? identity : `${identity}#${occurrence}`).digest('hex')
  })
}
