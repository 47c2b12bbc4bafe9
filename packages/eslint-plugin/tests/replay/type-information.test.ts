import { parse } from '@typescript-eslint/typescript-estree'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { maxImportDepth } from '../../src/replay/modules.js'
import { replayModule } from '../../src/replay/replay-module.js'
import { resolverOf } from '../../src/replay/type-information.js'
import { projectScratchFolder } from '../scratch.js'

const scratch = projectScratchFolder()
afterAll(() => { scratch.remove() })

const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: [] }
const main = scratch.write('main.flow.ts', "import { flow } from '@fsflow/builder'\nimport { shared } from './shared.js'\nexport default flow().start().pipe(shared).end()\n")
const shared = scratch.write('shared.ts', "import type { Path } from '@fsflow/builder'\nexport const shared = (path: Path) => path.converse('a', 'Say: Hi')\n")

describe('following imports with a TypeScript program', () => {
  const program = ts.createProgram([main], options)

  it('resolves a relative import to the source file TypeScript resolves it to', () => {
    expect(resolverOf({ program })!.resolve('./shared.js', main)).toEqual({ fileName: shared })
  })

  it('does not follow an import of a package', () => {
    expect(resolverOf({ program })!.resolve('@fsflow/builder', main)).toEqual({ why: "a package: only the project's own files are read" })
  })

  it('reads a source file once for as long as the program holds it unchanged', () => {
    const first = resolverOf({ program })!.read(shared)
    expect(first?.body).toHaveLength(2)
    expect(resolverOf({ program })!.read(shared)).toBe(first)
  })

  it('reads a file again once it has changed', () => {
    const before = resolverOf({ program })!.read(shared)
    scratch.write('shared.ts', "import type { Path } from '@fsflow/builder'\nconst id = 'b'\nexport const shared = (path: Path) => path.converse(id, 'Say: Hi')\n")
    const after = resolverOf({ program: ts.createProgram([main], options, undefined, program) })!.read(shared)
    expect(after).not.toBe(before)
    expect(after?.body).toHaveLength(3)
  })

  it('gives no resolver without a program: imports then stay unresolved', () => {
    expect(resolverOf({ program: null })).toBeUndefined()
    expect(resolverOf(undefined)).toBeUndefined()
  })
})

describe('imports nested deeper than the replay follows', () => {
  /** A flow whose sub-flow is re-exported through `depth` files. */
  function reexportedThrough(depth: number): string {
    const folder = `deep-${depth}`
    for (let i = 0; i < depth; i++) scratch.write(`${folder}-${i}.ts`, `export { sub } from './${folder}-${i + 1}.js'\n`)
    scratch.write(`${folder}-${depth}.ts`, "import type { Path } from '@fsflow/builder'\nexport const sub = (path: Path) => path.converse('a', 'Say: Hi').end()\n")
    return scratch.write(`${folder}.flow.ts`, `import { flow } from '@fsflow/builder'\nimport { sub } from './${folder}-0.js'\nexport default flow().start().pipe(sub)\n`)
  }

  function replayed(file: string): { readonly value?: unknown; readonly unresolved?: { readonly reason: string } } | undefined {
    const program = ts.createProgram([file], options)
    return replayModule(parse(ts.sys.readFile(file)!, { loc: true, range: true }), file, resolverOf({ program }))?.flows[0]
  }

  it('follows a chain of re-exports as deep as the limit', () => {
    expect(replayed(reexportedThrough(maxImportDepth - 1))?.value).toBeDefined()
  })

  it('stops past it, and says so', () => {
    expect(replayed(reexportedThrough(maxImportDepth))?.unresolved?.reason).toContain(`past ${maxImportDepth} nested imports`)
  })
})
