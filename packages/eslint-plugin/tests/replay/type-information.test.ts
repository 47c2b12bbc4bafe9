import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
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
