import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type ExportedDeclarations, Project, SyntaxKind } from 'ts-morph'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const packages = readdirSync(join(root, 'packages')).filter((name) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { private?: boolean }
  return manifest.private !== true
})

/** The TSDoc comment of a declaration, wherever the declaration keeps it (a variable's is on its statement). */
function docOf(declaration: ExportedDeclarations): string {
  const statement = declaration.asKind(SyntaxKind.VariableDeclaration)?.getVariableStatement()
  const holder = statement ?? declaration
  if (!('getJsDocs' in holder)) return ''
  return holder
    .getJsDocs()
    .map((doc) => doc.getDescription().trim())
    .join('\n')
}

describe.each(packages)('the public API of @fsflow/%s', (name) => {
  const project = new Project({ tsConfigFilePath: join(root, 'packages', name, 'tsconfig.json'), skipAddingFilesFromTsConfig: false })
  const index = project.getSourceFileOrThrow(join(root, 'packages', name, 'src/index.ts'))

  it('documents every export with TSDoc', () => {
    const undocumented: string[] = []
    for (const [exportName, declarations] of index.getExportedDeclarations()) {
      if (!declarations.some((declaration) => docOf(declaration) !== '')) undocumented.push(exportName)
    }
    expect(undocumented).toEqual([])
  })
})
