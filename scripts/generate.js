// Regenerates the committed generated files. Run: npm run generate (after a build).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { rules } from '../packages/analyzer/dist/index.js'
import { invalidJson, withOptionsReference } from '../packages/cli/dist/index.js'
import { renderFlowJsonSchema } from '../packages/schema/dist/index.js'
import { renderRuleHelpModule } from './rule-help.js'
import { withRulesTable } from './rules-readme.js'

const target = fileURLToPath(new URL('../packages/schema/flow.schema.json', import.meta.url))
writeFileSync(target, renderFlowJsonSchema())
console.log(`wrote ${target}`)

// docs/cli.md: the options section, from the CLI's option tables.
const cliReference = fileURLToPath(new URL('../docs/cli.md', import.meta.url))
writeFileSync(cliReference, withOptionsReference(readFileSync(cliReference, 'utf8')))
console.log(`wrote ${cliReference}`)

// docs/rules/README.md: the table of rules, from each rule's metadata; invalid-json, the JSON source's fatal message, first.
const rulesReadme = fileURLToPath(new URL('../docs/rules/README.md', import.meta.url))
writeFileSync(rulesReadme, withRulesTable(readFileSync(rulesReadme, 'utf8'), [invalidJson, ...rules]))
console.log(`wrote ${rulesReadme}`)

// The cli's SARIF help: each rule's page, since docs/ is not in the published package.
const ruleHelpModule = fileURLToPath(new URL('../packages/cli/src/formatters/rule-help.generated.ts', import.meta.url))
const pages = rules.map((rule) => [rule.name, readFileSync(new URL(`../docs/rules/${rule.name}.md`, import.meta.url), 'utf8')])
writeFileSync(ruleHelpModule, renderRuleHelpModule(pages))
console.log(`wrote ${ruleHelpModule}`)
