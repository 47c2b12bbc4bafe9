import { type Diagnostic, parsePointer, readFlowModel } from '@fsflow/analyzer'
import type { FlowEdits, TextEdit } from './sources/text-edit.js'

/** A suggestion for one problem: its message and the edits that apply it. */
export interface Suggestion {
  readonly messageId: SuggestionMessageId
  readonly data: Readonly<Record<string, string>>
  readonly edits: readonly TextEdit[]
}

/** The messages of the suggestions, added to the messages of the rules that make them. */
export const suggestionMessages = {
  useExistingId: 'Point it at "{{id}}", the nearest id a node has',
  removeDoesNotRequireReply: 'Remove doesNotRequireReply, so that the user can answer',
  routeInconclusive: 'Route inconclusive to "{{target}}" deliberately (where FaceSign sends it now)',
  renameField: 'Rename it to "{{field}}"',
} as const

export type SuggestionMessageId = keyof typeof suggestionMessages

type Suggester = (diagnostic: Diagnostic, document: unknown, edits: FlowEdits) => Suggestion | undefined

/** The suggestions each rule makes, by rule id; a fix is offered only where it is clear, never applied on its own. */
export const suggesters: Readonly<Record<string, Suggester>> = {
  'dangling-target'(diagnostic, document, edits) {
    const target = diagnostic.data?.target
    if (typeof target !== 'string') return undefined
    const ids = readFlowModel(document).nodes.flatMap((node) => (node.id === undefined ? [] : [node.id]))
    const id = nearest(target, ids)
    const applied = id === undefined ? undefined : edits.replaceString(diagnostic.path, id)
    return applied === undefined || id === undefined ? undefined : { messageId: 'useExistingId', data: { id }, edits: applied }
  },
  'misplaced-does-not-require-reply'(diagnostic, _document, edits) {
    const applied = edits.removeField(diagnostic.path)
    return applied === undefined ? undefined : { messageId: 'removeDoesNotRequireReply', data: {}, edits: applied }
  },
  'liveness-inconclusive'(diagnostic, _document, edits) {
    const target = diagnostic.data?.noFace
    if (diagnostic.messageId !== 'missing' || typeof target !== 'string' || target === 'undefined') return undefined
    const applied = edits.addField(diagnostic.path, 'inconclusive', target)
    return applied === undefined ? undefined : { messageId: 'routeInconclusive', data: { target }, edits: applied }
  },
  'unknown-field'(diagnostic, _document, edits) {
    // The unknown field is the pointer's last token; the field it resembles is the message's other name.
    const field = parsePointer(diagnostic.path).at(-1)
    const known = Object.values(diagnostic.data ?? {}).find(
      (value): value is string => typeof value === 'string' && field !== undefined && value !== field && editDistance(value.toLowerCase(), field.toLowerCase()) <= Math.max(2, Math.floor(field.length / 3)),
    )
    const applied = known === undefined ? undefined : edits.renameField(diagnostic.path, known)
    return applied === undefined || known === undefined ? undefined : { messageId: 'renameField', data: { field: known }, edits: applied }
  },
}

/** The id nearest to a mistyped one, when it is near enough to be what was meant. */
export function nearest(target: string, ids: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(3, Math.ceil(target.length / 2)) + 1
  for (const id of ids) {
    const distance = editDistance(target, id)
    if (distance < bestDistance) {
      best = id
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance: the fewest single-character edits that turn one string into the other. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
