// One definition of a valid flow document: the zod schemas, the published JSON Schema and the
// analyzer's schema rules must agree on every document of one corpus, and on mutations of it.
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeFlow } from '@fsflow/analyzer'
import { Flow, SessionBody, flowJsonSchema } from '@fsflow/schema'
import { type Path, everyNodeType, invalidDocuments, mutate, pathsOf, validDocuments } from './corpus.js'

const validateJsonSchema = new Ajv2020({ strict: false, allErrors: false }).compile(flowJsonSchema())

/** Whether zod accepts the document as a flow or a session body, as the JSON Schema's `anyOf` does. */
function zodAccepts(document: unknown): boolean {
  return Flow.safeParse(document).success || SessionBody.safeParse(document).success
}

/**
 * Whether the analyzer finds the document's shape valid: no `invalid-schema` and no `missing-outcome`
 * (an absent outcome, reported once by its own rule), and no legacy node shape (`two_factor`,
 * `transitions`), which FaceSign still takes but is not its current schema (`legacy-shape` says so).
 */
function lintAccepts(document: unknown): boolean {
  return !analyzeFlow(document).some(
    (d) =>
      d.ruleId === 'invalid-schema' ||
      d.ruleId === 'missing-outcome' ||
      (d.ruleId === 'legacy-shape' && /\/(type|transitions)$/.test(d.path) && d.nodeId !== undefined),
  )
}

function verdicts(document: unknown): { zod: boolean; jsonSchema: boolean; lint: boolean } {
  return { zod: zodAccepts(document), jsonSchema: validateJsonSchema(document), lint: lintAccepts(document) }
}

describe('zod, the JSON Schema and invalid-schema', () => {
  for (const [name, document] of validDocuments) {
    it(`all accept ${name}`, () => {
      expect(verdicts(document)).toEqual({ zod: true, jsonSchema: true, lint: true })
    })
  }

  for (const [name, document] of invalidDocuments) {
    it(`all reject ${name}`, () => {
      expect(verdicts(document)).toEqual({ zod: false, jsonSchema: false, lint: false })
    })
  }

  it('agree on any node of any type with one value replaced or removed', () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom<unknown>(
        0, 0.5, 1, 3, 4, 8, 9, '', 'single', 'automatic', 'exists', 'gte', 'extractedData', 'providedData', 'literal', 'ref',
        'sessionVideo', [], ['passport'], {}, { source: 'providedData' }, { type: 'literal', value: null },
      ),
    )
    const mutation = fc
      .constantFrom(...everyNodeType)
      .chain((node) => fc.tuple(fc.constant(node), fc.constantFrom<Path>(...pathsOf(node)), replacement, fc.boolean()))
    fc.assert(
      fc.property(mutation, ([node, path, value, remove]) => {
        const { zod, jsonSchema, lint } = verdicts([mutate(node, path, value, remove)])
        expect({ jsonSchema, lint }).toEqual({ jsonSchema: zod, lint: zod })
      }),
      { numRuns: 1500 },
    )
  })
})
