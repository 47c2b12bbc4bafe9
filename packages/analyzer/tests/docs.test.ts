import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type AnyRuleModule, recommendedConfig, rules } from '@fsflow/analyzer'
import { lintJsonText } from '../../cli/src/lint-text.js'
import { invalidJson } from '../../cli/src/sources/json-text/invalid-json.js'
import { withRulesTable } from '../../../scripts/rules-readme.js'

const docsDir = new URL('../../../docs/rules/', import.meta.url)
const rulesDir = new URL('../src/rules/', import.meta.url)
const testsDir = new URL('./rules/', import.meta.url)

const docFiles = readdirSync(docsDir).filter((file) => file.endsWith('.md') && file !== 'README.md')
const ruleFiles = readdirSync(rulesDir).filter((file) => file.endsWith('.ts') && file !== 'index.ts')
const ruleNames = rules.map((rule) => rule.name)

/** What has a page: every rule, and invalid-json, the JSON source's fatal message, which takes no options. */
const documented: readonly { name: string; meta: { docs: { description: string }; schema?: unknown }; defaultOptions?: unknown }[] = [invalidJson, ...rules]

/** The sections of a rule page: the title line, the summary and each `## ` section's body. */
interface RulePage {
  title: string
  summary: string
  sections: Map<string, string>
}

function readPage(name: string): RulePage {
  const text = readFileSync(new URL(`${name}.md`, docsDir), 'utf8')
  const [head = '', ...parts] = text.split(/^## /m)
  const [title = '', ...intro] = head.trim().split('\n')
  const sections = new Map(parts.map((part) => [part.slice(0, part.indexOf('\n')).trim(), part.slice(part.indexOf('\n') + 1)]))
  return { title, summary: intro.join('\n').trim(), sections }
}

/** The one ```json block of a section. */
function jsonExample(section: string | undefined): string {
  const blocks = [...(section ?? '').matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '')
  expect(blocks, 'one ```json block').toHaveLength(1)
  return blocks[0]!
}

const required = ['What it catches', 'Options', '❌ Incorrect', '✅ Correct']
const optional = ['When not to use it']

describe('rule docs', () => {
  it('has a page for every rule and a rule for every page', () => {
    expect(docFiles.map((file) => file.slice(0, -'.md'.length)).sort()).toEqual(documented.map((rule) => rule.name).sort())
  })

  for (const rule of documented) {
    describe(rule.name, () => {
      const page = readPage(rule.name)

      it('follows the template: title, summary, then its sections in order', () => {
        expect(page.title).toBe(`# ${rule.name}`)
        expect(page.summary).toBe(rule.meta.docs.description)
        const names = [...page.sections.keys()]
        expect(names.filter((name) => required.includes(name))).toEqual(required)
        expect(names.filter((name) => !required.includes(name) && !optional.includes(name))).toEqual([])
        expect(names.slice(0, required.length)).toEqual(required)
        for (const [name, body] of page.sections) expect(body.trim(), name).not.toBe('')
      })

      it('documents its options, or says it has none', () => {
        const options = page.sections.get('Options')?.trim() ?? ''
        if (rule.meta.schema === undefined) {
          expect(options).toBe('None.')
        } else {
          for (const key of Object.keys(rule.defaultOptions ?? {})) expect(options).toContain(`\`${key}\``)
        }
      })

      it('has an ❌ example that the rule reports', () => {
        const diagnostics = lintJsonText(jsonExample(page.sections.get('❌ Incorrect')), recommendedConfig)
        expect(diagnostics.map((d) => d.ruleId)).toContain(rule.name)
        for (const diagnostic of diagnostics) expect(diagnostic.message).not.toContain('{{')
      })

      it('has a ✅ example that no rule reports', () => {
        expect(lintJsonText(jsonExample(page.sections.get('✅ Correct')), recommendedConfig)).toEqual([])
      })
    })
  }

  it('lists every rule in docs/rules/README.md (run `npm run generate` when this fails)', () => {
    const readme = readFileSync(new URL('README.md', docsDir), 'utf8')
    expect(readme).toBe(withRulesTable(readme, [invalidJson, ...rules]))
  })
})

describe('rule modules', () => {
  it('keep one rule per file, named like the file, all of them in the rules list', async () => {
    const named: string[] = []
    for (const file of ruleFiles) {
      const module = (await import(new URL(file, rulesDir).href)) as { default: AnyRuleModule }
      expect(module.default.name).toBe(file.slice(0, -'.ts'.length))
      expect(rules).toContain(module.default)
      named.push(module.default.name)
    }
    expect(named.sort()).toEqual([...ruleNames].sort())
  })

  it('have unique names', () => {
    expect(new Set(ruleNames).size).toBe(ruleNames.length)
  })

  for (const rule of rules) {
    describe(rule.name, () => {
      const source = readFileSync(new URL(`${rule.name}.ts`, rulesDir), 'utf8')

      it('has a description, a recommended severity, a docs URL and a test', () => {
        expect(rule.meta.docs.description).toMatch(/^\S.*\.$/)
        expect(['error', 'warn']).toContain(rule.meta.docs.recommended)
        expect(recommendedConfig.rules[rule.name]).toBe(rule.meta.docs.recommended)
        expect(rule.meta.docs.url.endsWith(`/docs/rules/${rule.name}.md`)).toBe(true)
        expect(existsSync(new URL(`${rule.name}.test.ts`, testsDir))).toBe(true)
      })

      it('reports only message ids it defines, and uses every message it defines', () => {
        // Every quoted id in each `messageId:` expression, such as `inLoop ? 'loop' : 'noPath'`.
        const reported = [...source.matchAll(/messageId: ([^,}\n]+)/g)].flatMap(([, expression = '']) => [...expression.matchAll(/'(\w+)'/g)].map(([, id = '']) => id))
        expect(reported.length).toBeGreaterThan(0)
        for (const id of reported) expect(Object.keys(rule.meta.messages)).toContain(id)
        expect(new Set(reported)).toEqual(new Set(Object.keys(rule.meta.messages)))
      })
    })
  }
})
