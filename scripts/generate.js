// Regenerates the committed generated files. Run: npm run generate (after a build).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rules } from '../packages/analyzer/dist/index.js'
import { graphPicture, invalidJson, main, withOptionsReference } from '../packages/cli/dist/index.js'
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

// docs/images/account-recovery.svg: the picture docs/cli.md shows, as `fsflow graph` draws it.
const root = fileURLToPath(new URL('..', import.meta.url))
let picture = ''
const quiet = { write: (text) => process.stderr.write(text), color: false }
const drawn = await main(graphPicture.args, { cwd: root, stdout: { write: (text) => (picture += text), color: false }, stderr: quiet })
if (drawn !== 0) throw new Error(`fsflow ${graphPicture.args.join(' ')} exited ${drawn}`)
const pictureFile = fileURLToPath(new URL(`../${graphPicture.path}`, import.meta.url))
mkdirSync(dirname(pictureFile), { recursive: true })
writeFileSync(pictureFile, picture)
console.log(`wrote ${pictureFile}`)
