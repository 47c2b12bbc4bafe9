import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Diagnostic, createRuleSet, lintJsonText } from '@fsflow/analyzer'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { lintFlowModule } from '../../cli/src/flow-modules/lint-module.js'
import plugin from '../src/index.js'
import { repositoryRoot } from './scratch.js'

const eslint = new ESLint({
  cwd: repositoryRoot,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...plugin.configs.recommended],
})

/** What a problem is and where: what the plugin and `fsflow lint` must agree on. */
const placed = ({ ruleId, line, column, endLine, endColumn }: Pick<Diagnostic, 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn'>): string =>
  `${ruleId} ${line ?? 0}:${column ?? 0}-${endLine ?? 0}:${endColumn ?? 0}`

async function fromPlugin(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file])
  return (result?.messages ?? []).map((message) => placed({ ...message, ruleId: message.ruleId?.replace(/^fsflow\//, '') ?? '' })).sort()
}

async function fromFsflowLint(file: string): Promise<string[]> {
  const diagnostics = file.endsWith('.json')
    ? lintJsonText(readFileSync(file, 'utf8'), createRuleSet())
    : (await lintFlowModule(file, createRuleSet())).exports.flatMap((flowExport) => flowExport.diagnostics)
  return diagnostics.map(placed).sort()
}

describe('the plugin shows what fsflow lint shows, at the same places', () => {
  const examples = join(repositoryRoot, 'examples')
  for (const name of readdirSync(examples).filter((file) => file.endsWith('.flow.ts') || file.endsWith('.flow.json'))) {
    it(`in examples/${name}`, async () => {
      const file = join(examples, name)
      expect(await fromPlugin(file)).toEqual(await fromFsflowLint(file))
    })
  }
})
