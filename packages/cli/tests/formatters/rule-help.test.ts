import { readFileSync } from 'node:fs'
import { rules } from '@fsflow/analyzer'
import { describe, expect, it } from 'vitest'
import { helpOf, renderRuleHelpModule } from '../../../../scripts/rule-help.js'
import { ruleHelp } from '../../src/formatters/rule-help.generated.js'
import { repoRoot } from '../helpers.js'

const modulePath = `${repoRoot}/packages/cli/src/formatters/rule-help.generated.ts`

describe('rule-help.generated.ts', () => {
  it("holds every rule's documentation page as it is in docs/rules (run `npm run generate` after changing one)", () => {
    const pages = rules.map((rule) => [rule.name, readFileSync(`${repoRoot}/docs/rules/${rule.name}.md`, 'utf8')] as const)
    expect(readFileSync(modulePath, 'utf8')).toBe(renderRuleHelpModule(pages))
  })

  it('has help for every rule', () => {
    expect(Object.keys(ruleHelp).sort()).toEqual(rules.map((rule) => rule.name).sort())
  })
})

describe('helpOf', () => {
  it("drops the page's title, which the viewer shows already", () => {
    expect(helpOf('# dangling-target\n\nEvery outcome must point to a node.\n')).toBe('Every outcome must point to a node.')
  })
})
