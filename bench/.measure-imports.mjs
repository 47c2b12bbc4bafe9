// One file that imports sub-flows (named, default, arrow), linted with the project service: first run and warm.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import fsflow from '../packages/eslint-plugin/dist/index.js'

const project = new URL('../packages/eslint-plugin/tests/fixtures/imports/', import.meta.url).pathname
const file = join(project, 'named.flow.ts')
const typed = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: project } } }
const mode = process.argv[2]
const config = mode === 'no-plugin' ? [typed] : mode === 'untyped' ? [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...fsflow.configs.recommended] : [typed, ...fsflow.configs.recommended]
const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: config, cache: false })
const text = readFileSync(file, 'utf8')
const times = []
let problems
for (let i = 0; i < 6; i++) {
  const start = performance.now()
  // A keystroke: the linted file's text changes, the imported files do not.
  const [result] = await eslint.lintText(i === 0 ? text : `${text}// edit ${i}\n`, { filePath: file })
  times.push(Math.round(performance.now() - start))
  problems = result.messages.map((m) => m.ruleId).join(',')
}
console.log(mode ?? 'typed+plugin', 'first', times[0], 'ms; warm', times.slice(1).join(' '), 'ms;', problems)
