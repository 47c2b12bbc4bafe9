import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatModule } from '../../src/import/format-module.js'
import { randomDocument } from '../../../analyzer/tests/arbitraries.js'
import { ImportError, importFlow } from '../../src/import/import-flow.js'
import { buildModule } from './round-trip.js'
import { typeErrors } from './type-check.js'
import { validDocument } from './valid-flows.js'

describe('importFlow on random valid flows', () => {
  // The 1,000-run property: every node type, the three shapes, loops, shared endings, dangling
  // targets, odd ids and prompts, unknown fields, any node order. About 20 seconds.
  it('writes code that builds back to the same document, for 1,000 random flows', async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, async (document) => {
        expect(await buildModule(importFlow(document))).toStrictEqual(structuredClone(document))
      }),
      { numRuns: 1000 },
    )
  }, 180_000)

  it('writes code that type-checks under strict, formatted, for 100 random flows in one program', async () => {
    const documents = fc.sample(validDocument, { numRuns: 100, seed: 20261202 })
    const modules = await Promise.all(documents.map(async (document) => formatModule(importFlow(document))))
    const errors = typeErrors(modules)
    expect([...errors].map(([index, messages]) => ({ module: modules[index], messages })).slice(0, 2)).toEqual([])
  }, 180_000)
})

describe('importFlow on any JSON', () => {
  it('gives code or refuses with an ImportError, never crashes, whatever the document', () => {
    fc.assert(
      fc.property(randomDocument, (document) => {
        try {
          importFlow(document)
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError)
        }
      }),
      { numRuns: 2000 },
    )
  })
})
