import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@typescript-eslint/typescript-estree'
import fc from 'fast-check'
import { createJiti } from 'jiti'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { compile } from '@fsflow/builder'
import { flowExportsOf } from '../../../cli/src/flow-modules/flow-exports.js'
import type { ModuleResolver } from '../../src/replay/modules.js'
import { replayModule } from '../../src/replay/replay-module.js'
import { resolverOf } from '../../src/replay/type-information.js'
import { projectScratchFolder, repositoryRoot, scratchFolder } from '../scratch.js'
import { builderProgram, printModule, printTwoModules } from './builder-programs.js'
import { everyConstruct } from './every-construct.js'

const jiti = createJiti(import.meta.url, { moduleCache: false })
const scratch = scratchFolder()
const projects = projectScratchFolder()
afterAll(() => {
  scratch.remove()
  projects.remove()
})

/** The documents static replay reads from a module's text, by export name; why, for a flow it could not read. */
function replayed(file: string, resolver?: ModuleResolver): Record<string, unknown> {
  const program = parse(readFileSync(file, 'utf8'), { loc: true, range: true })
  const replay = replayModule(program, file, resolver)
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

const compilerOptions: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [] }

/** A compiler host that reads the libraries and the builder's declarations once for every program a test makes. */
const host = ((): ts.CompilerHost => {
  const base = ts.createCompilerHost(compilerOptions, true)
  const kept = new Map<string, ts.SourceFile | undefined>()
  return {
    ...base,
    getSourceFile(fileName, languageVersion, onError) {
      if (fileName.startsWith(projects.path)) return base.getSourceFile(fileName, languageVersion, onError)
      if (!kept.has(fileName)) kept.set(fileName, base.getSourceFile(fileName, languageVersion, onError))
      return kept.get(fileName)
    },
  }
})()

/** The resolver typescript-eslint's program gives the plugin for a file: its imports followed. */
function typed(file: string): ModuleResolver {
  return resolverOf({ program: ts.createProgram([file], compilerOptions, host) })!
}

describe('static replay with type information builds what running the module builds', () => {
  const project = join(import.meta.dirname, '..', 'fixtures', 'imports')
  // Modules whose replay differs from their run by design are left out: one reads a name of an import cycle before it is set (jiti runs it as CommonJS, where it is undefined), one imports a package, one throws.
  for (const name of ['named.flow.ts', 'through-index.flow.ts', 'namespace.flow.ts', 're-export.flow.ts', 'cycle.flow.ts']) {
    it(`for tests/fixtures/imports/${name}`, async () => {
      const file = join(project, name)
      const documents = replayed(file, typed(file))
      expect(Object.values(documents).filter((document) => typeof document === 'string')).toEqual([])
      expect(documents).toEqual(await built(file))
    })
  }

  it('for generated two-file programs: sub-flows, prompts and constants in one file, the flow that uses them in the other', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(builderProgram(), async (program) => {
        const { main, shared } = printTwoModules(program, `shared-${run}`)
        projects.write(`shared-${run}.ts`, shared)
        const file = projects.write(`main-${run++}.flow.ts`, main)
        const documents = replayed(file, typed(file))
        expect(Object.values(documents).filter((document) => typeof document === 'string')).toEqual([])
        expect(documents).toEqual(await built(file))
      }),
      { numRuns: 40 },
    )
  }, 300_000)
})
