import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@typescript-eslint/typescript-estree'
import fc from 'fast-check'
import { createJiti } from 'jiti'
import { afterAll, describe, expect, it } from 'vitest'
import { compile } from '@fsflow/builder'
import { flowExportsOf } from '../../../cli/src/flow-modules/flow-exports.js'
import { replayModule } from '../../src/replay/replay-module.js'
import { repositoryRoot, scratchFolder } from '../scratch.js'
import { builderProgram, printModule } from './builder-programs.js'
import { everyConstruct } from './every-construct.js'

const jiti = createJiti(import.meta.url, { moduleCache: false })
const scratch = scratchFolder()
afterAll(() => { scratch.remove() })

/** The documents static replay reads from a module's text, by export name; why, for a flow it could not read. */
function replayed(file: string): Record<string, unknown> {
  const program = parse(readFileSync(file, 'utf8'), { loc: true, range: true })
  const replay = replayModule(program, file)
  return Object.fromEntries(
    (replay?.flows ?? []).map((flow) => [flow.name, flow.value === undefined ? `unresolved: ${flow.unresolved.reason}` : compile(flow.value, { check: false })]),
  )
}

/** The documents the module builds when it runs, by export name, as `fsflow lint` takes them. */
async function built(file: string): Promise<Record<string, unknown>> {
  const namespace = await jiti.import<Record<string, unknown>>(file)
  return Object.fromEntries(flowExportsOf(namespace).map(({ name, value }) => [name, compile(value, { check: false })]))
}

const examples = join(repositoryRoot, 'examples')

describe('static replay builds what running the module builds', () => {
  for (const name of readdirSync(examples).filter((file) => file.endsWith('.flow.ts'))) {
    it(`for examples/${name}`, async () => {
      const file = join(examples, name)
      expect(replayed(file)).toEqual(await built(file))
    })
  }

  const docs = readFileSync(join(repositoryRoot, 'docs', 'builder.md'), 'utf8')
  const flowBlocks = [...docs.matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1] ?? '')
    // A flow example stands alone: it imports the builder and exports a flow, and imports no file of its own.
    .filter((block) => block.includes("from '@fsflow/builder'") && /^export /m.test(block) && !/from '\.\.?\//.test(block))

  it('for the flow examples of docs/builder.md (there are some)', () => {
    expect(flowBlocks.length).toBeGreaterThanOrEqual(4)
  })

  flowBlocks.forEach((block, i) => {
    it(`for flow example ${i + 1} of docs/builder.md`, async () => {
      const file = scratch.write(`docs-${i}.flow.ts`, block)
      expect(replayed(file)).toEqual(await built(file))
    })
  })

  it('for a module that uses every construct static replay reads', async () => {
    const file = scratch.write('every-construct.flow.ts', everyConstruct)
    const documents = replayed(file)
    expect(Object.keys(documents)).toEqual(['default', 'body', 'described'])
    expect(documents).toEqual(await built(file))
  })

  it('for 1,000 generated builder programs over every node type and route', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(builderProgram(), { minLength: 25, maxLength: 25 }), async (programs) => {
        const file = scratch.write(`generated-${run++}.flow.ts`, printModule(programs))
        expect(replayed(file)).toEqual(await built(file))
      }),
      { numRuns: 40 },
    )
  }, 300_000)
})
