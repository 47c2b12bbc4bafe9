import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderFlowJsonSchema } from '@fsflow/schema'

describe('flow.schema.json', () => {
  it('is up to date with the zod schemas (run `npm run generate` when this fails)', () => {
    const committed = readFileSync(new URL('../flow.schema.json', import.meta.url), 'utf8')
    expect(committed).toBe(renderFlowJsonSchema())
  })
})
