// What the ESLint plugin costs: `eslint` over the examples and 200 more flow files (100 JSON, 100
// TypeScript), with the plugin's recommended configs and without them (the same parsers, no fsflow
// rules), best of five runs each. Run: npm run bench:eslint (after a build).
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import json from '@eslint/json'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import fsflow from '../packages/eslint-plugin/dist/index.js'

const examples = fileURLToPath(new URL('../examples/', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'fsflow-eslint-bench-'))
const names = readdirSync(examples).filter((file) => file.endsWith('.flow.json') || file.endsWith('.flow.ts'))
for (const name of names) copyFileSync(join(examples, name), join(folder, name))
const jsonExamples = names.filter((name) => name.endsWith('.json'))
const tsExamples = names.filter((name) => name.endsWith('.ts'))
for (let i = 0; i < 100; i++) {
  writeFileSync(join(folder, `copy-${i}.flow.json`), readFileSync(join(examples, jsonExamples[i % jsonExamples.length]), 'utf8'))
  writeFileSync(join(folder, `copy-${i}.flow.ts`), `${readFileSync(join(examples, tsExamples[i % tsExamples.length]), 'utf8')}// copy ${i}\n`)
}

const parsers = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.flow.json'], language: 'json/json', plugins: { json } },
]
const withPlugin = [...parsers, ...fsflow.configs.recommended]

async function bestOf(runs, overrideConfig) {
  let best = Infinity
  let problems = 0
  for (let i = 0; i < runs; i++) {
    const eslint = new ESLint({ cwd: folder, overrideConfigFile: true, overrideConfig, cache: false })
    const start = performance.now()
    const results = await eslint.lintFiles(['.'])
    best = Math.min(best, performance.now() - start)
    problems = results.reduce((sum, result) => sum + result.messages.length, 0)
  }
  return { ms: Math.round(best), problems }
}

try {
  await bestOf(1, withPlugin) // warm-up: module loading, JIT
  const without = await bestOf(5, parsers)
  const withFsflow = await bestOf(5, withPlugin)
  const files = readdirSync(folder).length
  console.log(`${files} files: eslint without the plugin ${without.ms} ms, with it ${withFsflow.ms} ms (+${Math.round((withFsflow.ms / without.ms - 1) * 100)}%), ${withFsflow.problems} problems`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
