import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import json from '@eslint/json'
import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import plugin, { recommendedRules } from '../src/index.js'
import { repositoryRoot } from './scratch.js'

const page = readFileSync(join(repositoryRoot, 'docs', 'eslint.md'), 'utf8')
const linter = new Linter({ configType: 'flat' })

/** The one fenced block of a language on the page. */
function block(language: string): string {
  const blocks = [...page.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1] ?? '')
  expect(blocks, `one \`\`\`${language} block`).toHaveLength(1)
  return blocks[0]!
}

describe('docs/eslint.md', () => {
  it('lists every rule of the plugin with its recommended severity', () => {
    const rows = [...page.matchAll(/^\| \[`fsflow\/([\w-]+)`\]\([^)]*\) \| (\w+) \|/gm)].map(([, id, level]) => [`fsflow/${id ?? ''}`, level])
    expect(Object.fromEntries(rows)).toEqual(recommendedRules())
    expect(rows.map(([id]) => id?.slice('fsflow/'.length)).sort()).toEqual(Object.keys(plugin.rules ?? {}).sort())
  })

  it('suppresses a problem in JSONC with the comment it shows', () => {
    const config = [{ files: ['**/*.flow.jsonc'], language: 'json/jsonc', plugins: { json, fsflow: plugin }, rules: recommendedRules() }]
    const flow = block('jsonc')
    expect(linter.verify(flow, config, 'flows/a.flow.jsonc')).toEqual([])
    const withoutComment = flow.replace(/^\s*\/\/.*\n/m, '')
    expect(linter.verify(withoutComment, config, 'flows/a.flow.jsonc').map((message) => message.ruleId)).toEqual(['fsflow/misplaced-does-not-require-reply'])
  })

  it('suppresses a problem in TypeScript with the comment it shows', () => {
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...plugin.configs.recommended]
    const module = `import { flow } from '@fsflow/builder'\n${block('ts')}`
    const rules = (code: string) => linter.verify(code, config, 'flows/a.flow.ts').map((message) => message.ruleId)
    expect(rules(module)).not.toContain('fsflow/greeting-too-short')
    expect(rules(module.replace(/^\s*\/\/.*\n/m, ''))).toContain('fsflow/greeting-too-short')
  })
})
