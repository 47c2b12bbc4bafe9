import { type NodeType, nodeFields, sessionBodyFields } from '@fsflow/schema'
import { effectiveType } from '../facts.js'
import { nearestMatch } from '../nearest-match.js'
import { joinPointer } from '../pointer.js'
import { createRule } from '../rule.js'

/** Fields of older shapes that `legacy-shape` names with their replacement. */
const legacyFields: ReadonlySet<string> = new Set(['transitions', 'mode'])

const knownNodeFields = new Map<NodeType, ReadonlySet<string>>(
  Object.entries(nodeFields).map(([type, fields]) => [type as NodeType, new Set(fields)]),
)
const knownBodyFields: ReadonlySet<string> = new Set(sessionBodyFields)

/** The fields of an object that are not in `known`, in the order they were written. */
function unknownFields(fields: Readonly<Record<string, unknown>>, known: ReadonlySet<string>): readonly string[] {
  // Runs for every node: it allocates only for what it finds.
  let found: string[] | undefined
  const keys = Object.keys(fields)
  for (let i = 0; i < keys.length; i++) {
    const field = keys[i]!
    if (!known.has(field) && !legacyFields.has(field)) (found ??= []).push(field)
  }
  return found ?? []
}

export default createRule({
  name: 'unknown-field',
  meta: {
    type: 'suggestion',
    local: true,
    docs: { description: "Every field of a node and of the session body must be one FaceSign's schema has.", recommended: 'warn' },
    messages: {
      node: '{{type}} node "{{id}}" has a field "{{field}}" that FaceSign\'s schema does not have',
      nodeDidYouMean: '{{type}} node "{{id}}" has a field "{{field}}" that FaceSign\'s schema does not have; did you mean "{{suggestion}}"?',
      body: 'the session body has a field "{{field}}" that FaceSign\'s schema does not have',
      bodyDidYouMean: 'the session body has a field "{{field}}" that FaceSign\'s schema does not have; did you mean "{{suggestion}}"?',
    },
  },
  defaultOptions: {},
  create(context) {
    for (const node of context.model.nodes) {
      const type = effectiveType(node)
      // A node of no known type is invalid-schema's: its fields cannot be judged.
      if (node.fields === undefined || type === undefined) continue
      const known = knownNodeFields.get(type)!
      for (const field of unknownFields(node.fields, known)) {
        const suggestion = nearestMatch(field, known)
        const data = { type: node.type ?? type, id: node.id ?? node.pointer, field }
        context.report({
          messageId: suggestion === undefined ? 'node' : 'nodeDidYouMean',
          data: suggestion === undefined ? data : { ...data, suggestion },
          node,
          pointer: joinPointer(node.pointer, field),
        })
      }
    }
    const { body } = context.model
    if (body === undefined) return
    for (const field of unknownFields(body, knownBodyFields)) {
      const suggestion = nearestMatch(field, knownBodyFields)
      context.report({
        messageId: suggestion === undefined ? 'body' : 'bodyDidYouMean',
        data: suggestion === undefined ? { field } : { field, suggestion },
        pointer: joinPointer('', field),
      })
    }
  },
})
