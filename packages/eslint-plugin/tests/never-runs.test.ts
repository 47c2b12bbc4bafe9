import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, describe, expect, it } from 'vitest'
import plugin from '../src/index.js'
import { repositoryRoot, scratchFolder } from './scratch.js'

const scratch = scratchFolder()
afterAll(() => { scratch.remove() })
const marker = join(scratch.path, 'the-module-ran.txt')

/** A module that, were it run, would write a file, set a global and throw, at the top level and inside the flow's own helpers. */
const hostile = `import { writeFileSync } from 'node:fs'
import { flow, type Path } from '@fsflow/builder'

writeFileSync(${JSON.stringify(marker)}, 'ran')
;(globalThis as Record<string, unknown>).fsflowModuleRan = true

function sideEffect(): string {
  writeFileSync(${JSON.stringify(marker)}, 'ran')
  return 'id'
}

const retry = (path: Path) => path.converse('retry', 'Say: Please face the camera.', { when: 'The user responded' }).goto('livenes')

export const risky = flow().start().converse(sideEffect(), 'Say: Hi').end()

export default flow()
  .start()
  .converse('greeting', 'Say: Hi! I need to verify your identity. It only takes a few seconds. Ready?', { when: 'The user responded' })
  .liveness('liveness', { livenessDetected: 'next', deepfakeDetected: 'end', noFace: retry, inconclusive: 'end' })
  .end()

throw new Error('the module ran')
`

describe('linting builder code', () => {
  const linter = new Linter({ configType: 'flat' })
  const messages = linter.verify(
    hostile,
    [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...plugin.configs.recommended,
      { rules: { 'fsflow/no-unresolved-chain': 'warn' } },
    ],
    // A name outside node_modules, which ESLint ignores; the text is never written anywhere.
    join(repositoryRoot, 'flows', 'hostile.flow.ts'),
  )

  it('never runs the module: nothing is written, no global is set, nothing throws', () => {
    expect(existsSync(marker)).toBe(false)
    expect((globalThis as Record<string, unknown>).fsflowModuleRan).toBeUndefined()
    expect(messages.filter((message) => message.fatal === true)).toEqual([])
  })

  it('still reads the flows it can: the mistyped goto is reported', () => {
    expect(messages.filter((message) => message.ruleId === 'fsflow/dangling-target').map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 12, column: hostile.split('\n')[11]!.indexOf("'livenes'") + 1 },
    ])
  })

  it('says which call it did not run instead of guessing its value', () => {
    expect(messages.filter((message) => message.ruleId === 'fsflow/no-unresolved-chain').map(({ messageId, line }) => ({ messageId, line }))).toEqual([
      { messageId: 'unresolved', line: 8 },
    ])
  })
})

describe('linting builder code that imports sub-flows, with type information', () => {
  const project = join(import.meta.dirname, 'fixtures', 'imports')
  const file = join(project, 'side-effect.flow.ts')
  const linter = new Linter({ configType: 'flat' })
  const messages = linter.verify(
    readFileSync(file, 'utf8'),
    [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: project } } },
      ...plugin.configs.recommended,
    ],
    file,
  )

  it('never runs the imported module: its top level neither marks the global object nor throws', () => {
    expect((globalThis as Record<string, unknown>).fsflowFixtureRan).toBeUndefined()
    expect(messages.filter((message) => message.fatal === true)).toEqual([])
  })

  it('still reads its sub-flow: the mistyped goto in it is reported at the export', () => {
    expect(messages.filter((message) => message.ruleId === 'fsflow/dangling-target').map(({ line, column }) => ({ line, column }))).toEqual([{ line: 4, column: 1 }])
  })
})
