import { z } from 'zod/v4'
import { Flow } from './flow.js'
import { SessionBody } from './session.js'

/** The `$id` of the published JSON Schema. */
export const jsonSchemaId = 'https://fsflow.dev/schema/flow.schema.json'

/** The JSON Schema editors use to validate and complete flow files: a bare flow array or a session body. */
export function flowJsonSchema(): Record<string, unknown> {
  const document = z.union([Flow, SessionBody]).meta({
    title: 'FaceSign flow',
    description: 'A FaceSign flow (an array of nodes) or a whole POST /sessions body.',
  })
  return {
    $comment: 'Generated from @fsflow/schema by `npm run generate`; do not edit.',
    $id: jsonSchemaId,
    ...z.toJSONSchema(document, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  }
}

/** The committed text of `flow.schema.json`. */
export function renderFlowJsonSchema(): string {
  return JSON.stringify(flowJsonSchema(), null, 2) + '\n'
}
