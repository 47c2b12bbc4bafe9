import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const page = readFileSync(new URL('docs/builder.md', `file://${root}`), 'utf8')

/** A snippet without imports continues a chain, as the page's short examples do. */
const prelude = "import { type Chain } from '@fsflow/builder'\ndeclare const chain: Chain<never, true>\n"

/** Each `ts` block of the page, named by the heading it sits under. */
function examples(): { name: string; code: string }[] {
  const blocks: { name: string; code: string }[] = []
  let heading = ''
  const pattern = /^(#{2,3}) (.*)$|^```ts\n([\s\S]*?)^```$/gm
  for (const match of page.matchAll(pattern)) {
    if (match[2] !== undefined) heading = match[2]
    else if (match[3] !== undefined) {
      const count = blocks.filter((block) => block.name.startsWith(`${heading} #`)).length
      blocks.push({ name: `${heading} #${count + 1}`, code: /^import /m.test(match[3]) ? match[3] : prelude + match[3] })
    }
  }
  return blocks
}

const blocks = examples()
/** Virtual files sit in examples/, so `./account-recovery.flow.js` resolves to the real example. */
const fileOf = (index: number): string => `${root}examples/docs-example-${index + 1}.ts`
const errorsByFile = new Map<string, string[]>()

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.test.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
  if (config === undefined) throw new Error('cannot read tsconfig.test.json')
  const virtual = new Map(blocks.map((block, index) => [fileOf(index), block.code]))
  const disk = ts.createCompilerHost(config.options)
  const host: ts.CompilerHost = {
    ...disk,
    fileExists: (file) => virtual.has(file) || disk.fileExists(file),
    readFile: (file) => virtual.get(file) ?? disk.readFile(file),
    getSourceFile: (file, language, ...rest) => {
      const code = virtual.get(file)
      return code === undefined ? disk.getSourceFile(file, language, ...rest) : ts.createSourceFile(file, code, language)
    },
  }
  const program = ts.createProgram([...virtual.keys()], config.options, host)
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName
    if (file === undefined || !virtual.has(file)) continue
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
    const errors = errorsByFile.get(file) ?? []
    errors.push(`line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
    errorsByFile.set(file, errors)
  }
}, 60_000)

describe('docs/builder.md', () => {
  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThan(10)
  })

  it.each(blocks.map((block, index) => ({ ...block, index })))('the example under $name type-checks', ({ index }) => {
    expect(errorsByFile.get(fileOf(index)) ?? []).toEqual([])
  })
})
