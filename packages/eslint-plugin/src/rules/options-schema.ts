import type { AnyRuleModule } from '@fsflow/analyzer'
import type { JSONSchema4 } from 'json-schema'
import { z } from 'zod/v4'

/**
 * A rule's options as ESLint validates them: the JSON Schema (draft 4, as ESLint's validator reads)
 * of the rule's own zod schema, with every option optional since the rule's defaults fill the rest.
 */
export function optionsSchema(rule: AnyRuleModule): JSONSchema4[] {
  if (rule.meta.schema === undefined) return []
  const schema = z.toJSONSchema(rule.meta.schema, { target: 'draft-4', io: 'input' }) as JSONSchema4
  delete schema.$schema
  delete schema.required
  return [schema]
}
